using Agrovet.EventBus.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.EventBus.Tests;

public sealed class PublishingInRounds(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    [Fact]
    public async Task The_first_commit_after_a_quiet_spell_goes_out_at_once_and_those_made_while_the_relay_lingers_go_out_together()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("profiles")
        {
            WrapTransport = transport => new RecordingTransport(transport),
            Configure = options => options.Relay.Linger = TimeSpan.FromSeconds(3),
        });
        var transport = (RecordingTransport)service.Services.GetRequiredService<IEventTransport>();

        await RegisterAsync(service, NewAccounts(1));
        await Poll.UntilAsync(() => Task.FromResult(transport.Rounds.Count == 1), Patience, "the first event to be published", Ct);
        for (var i = 0; i < 4; i++)
        {
            await RegisterAsync(service, NewAccounts(1));
        }

        await UntilCopiesAsync(5);
        Assert.Equal([1, 4], transport.Rounds);
    }
}
