using Agrovet.EventBus.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.EventBus.Tests;

public class SurvivingAConsumerCrash(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    [Fact]
    public async Task A_consumer_that_dies_after_committing_its_effects_but_before_acknowledging_causes_no_second_effect()
    {
        const int total = 50;
        var producer = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false });
        var doomed = await StartServiceAsync(new ServiceHostSpec("profiles-1")
        {
            Relay = false,
            WrapTransport = transport => new StallingTransport(transport, stallAcknowledgements: true),
        });

        await RegisterAsync(producer, NewAccounts(total));
        await ((StallingTransport)doomed.Services.GetRequiredService<IEventTransport>()).Stalled.WaitAsync(Patience, Ct);
        await UntilCopiesAsync(total);
        await doomed.StopAsync();
        Assert.Equal(total, await PendingAsync());

        var survivor = await StartServiceAsync(new ServiceHostSpec("profiles-2")
        {
            Relay = false,
            Configure = o => o.Consumer.VisibilityTimeout = TimeSpan.FromSeconds(1),
        });
        await Poll.UntilAsync(async () => await PendingAsync() == 0, Patience, "the survivor to claim and acknowledge what the dead consumer left", Ct);

        Assert.Equal(total, await CountCopiesAsync());
        Assert.Equal(0, await CountDuplicateEffectsAsync());
        Assert.Equal(0, survivor.Probe.TotalAttempts);
    }
}
