using Agrovet.EventBus.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.EventBus.Tests;

public sealed class SurvivingARelayCrash(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    [Fact]
    public async Task A_relay_stopped_between_publishing_a_batch_and_marking_it_sent_delivers_every_event_once_restarted()
    {
        const int total = 2_000;
        const int batch = 100;
        await StartServiceAsync(new ServiceHostSpec("profiles") { Relay = false });
        var writer = await StartServiceAsync(new ServiceHostSpec("auth-writer") { Relay = false, Consumer = false });
        for (var i = 0; i < total / batch; i++)
        {
            await RegisterAsync(writer, NewAccounts(batch));
        }

        var doomed = await StartServiceAsync(new ServiceHostSpec("auth-1")
        {
            Consumer = false,
            WrapTransport = transport => new StallingTransport(transport, stallAfterPublish: 3),
            Configure = o => o.Relay.BatchSize = batch,
        });
        await ((StallingTransport)doomed.Services.GetRequiredService<IEventTransport>()).Stalled.WaitAsync(Patience, Ct);
        await doomed.StopAsync();

        Assert.Equal(3 * batch, await Redis.StreamLengthAsync(UserStream));
        Assert.Equal(total - (2 * batch), await CountUnsentAsync());

        await StartServiceAsync(new ServiceHostSpec("auth-2") { Consumer = false, Configure = o => o.Relay.BatchSize = batch });
        await UntilCopiesAsync(total);
        await Poll.UntilAsync(async () => await CountUnsentAsync() == 0, Patience, "every row to be marked sent", Ct);

        Assert.Equal(total + batch, await Redis.StreamLengthAsync(UserStream));
        Assert.Equal(total, await CountCopiesAsync());
        Assert.Equal(0, await CountDuplicateEffectsAsync());
    }
}
