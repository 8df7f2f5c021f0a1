using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Agrovet.LocalInfrastructure.Tests;

public sealed class PostgresLifecycleTests
{

    [Fact]
    public async Task Stopping_the_cluster_leaves_no_postgres_process()
    {
        await using var throwaway = new ThrowawayCluster();
        await throwaway.InitializeAsync();
        var postmaster = throwaway.Cluster.ProcessId!.Value;
        var serverProcesses = ProcessInspection.ProcessesWorkingIn(throwaway.DataDirectory);
        Assert.Contains(postmaster, serverProcesses);

        await throwaway.Cluster.StopAsync(Ct);

        Assert.Null(throwaway.Cluster.ProcessId);
        Assert.All(serverProcesses, pid => Assert.False(Directory.Exists($"/proc/{pid}") && ProcessSignals.IsAlive(pid)));
        Assert.Empty(ProcessInspection.ProcessesWorkingIn(throwaway.DataDirectory));
        Assert.False(File.Exists(Path.Combine(throwaway.DataDirectory, "postmaster.pid")));
    }

    [Fact]
    public async Task A_stale_postmaster_pid_from_a_crashed_run_does_not_block_the_start()
    {
        await using var throwaway = new ThrowawayCluster();
        await throwaway.InitializeAsync();
        await throwaway.Cluster.StopAsync(Ct);
        var pidFile = Path.Combine(throwaway.DataDirectory, "postmaster.pid");
        var deadPid = DeadProcess.Pid();
        await File.WriteAllTextAsync(pidFile, $"{deadPid}\n{throwaway.DataDirectory}\n1700000000\n{throwaway.Cluster.Port}\n", Ct);

        await throwaway.Cluster.StartAsync(Ct);

        var newPid = throwaway.Cluster.ProcessId!.Value;
        Assert.NotEqual(deadPid, newPid);
        Assert.StartsWith(newPid.ToString(CultureInfo.InvariantCulture) + "\n", await File.ReadAllTextAsync(pidFile, Ct));
    }

    [Fact]
    public async Task A_server_left_running_by_an_earlier_run_is_stopped_before_the_start()
    {
        await using var throwaway = new ThrowawayCluster();
        await throwaway.InitializeAsync();
        var leftRunning = throwaway.Cluster.ProcessId!.Value;

        await using var nextRun = throwaway.NewCluster(FreePort.Next());
        await nextRun.StartAsync(Ct);

        await Poll.UntilAsync(() => !ProcessSignals.IsAlive(leftRunning), TimeSpan.FromSeconds(5), "the earlier server exits", Ct);
        Assert.NotEqual(leftRunning, nextRun.ProcessId);
        await using var connection = await nextRun.OpenSuperuserConnectionAsync(cancellationToken: Ct);
        await nextRun.StopAsync(Ct);
    }

    [Fact]
    public async Task Starting_on_a_port_in_use_fails_with_the_server_log()
    {
        using var occupier = new TcpListener(IPAddress.Loopback, 0);
        occupier.Start();
        var busyPort = ((IPEndPoint)occupier.LocalEndpoint).Port;
        await using var throwaway = new ThrowawayCluster();
        await throwaway.Cluster.InitializeIfNeededAsync(Ct);
        await using var cluster = throwaway.NewCluster(busyPort);

        var failure = await Assert.ThrowsAsync<ServerStartException>(() => cluster.StartAsync(Ct));

        Assert.Contains($"port {busyPort} is already in use", failure.Message);
        Assert.Contains("Address already in use", failure.Message);
        Assert.Null(cluster.ProcessId);
    }
}
