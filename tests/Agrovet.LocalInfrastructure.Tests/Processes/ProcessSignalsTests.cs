using System.Net;
using System.Net.Sockets;

namespace Agrovet.LocalInfrastructure.Tests;

public sealed class ProcessSignalsTests
{
    [Fact]
    public async Task Terminate_ends_a_running_process()
    {
        using var sleeper = DeadProcess.StartSleeper();
        Assert.True(ProcessSignals.IsAlive(sleeper.Id));

        Assert.True(ProcessSignals.Terminate(sleeper.Id));

        await sleeper.WaitForExitAsync(Ct);
        Assert.False(ProcessSignals.IsAlive(sleeper.Id));
    }

    [Fact]
    public void A_process_that_exited_is_not_alive()
    {
        Assert.False(ProcessSignals.IsAlive(DeadProcess.Pid()));
    }

    [Fact]
    public void A_process_identity_outlives_nothing_but_its_process()
    {
        var current = ProcessIdentity.Current;

        Assert.True(current.IsAlive);
        Assert.True(ProcessIdentity.TryParse(current.ToString(), out var parsed));
        Assert.Equal(current, parsed);
        Assert.False((current with { StartTime = current.StartTime + 1 }).IsAlive);
    }

    [Fact]
    public void A_free_port_can_be_bound_on_loopback()
    {
        var port = FreePort.Next();

        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        Assert.False(FreePort.IsFree(port));
    }
}
