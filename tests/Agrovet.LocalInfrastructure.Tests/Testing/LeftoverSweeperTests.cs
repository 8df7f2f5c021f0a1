namespace Agrovet.LocalInfrastructure.Tests;

public sealed class LeftoverSweeperTests
{

    [Fact]
    public async Task A_dead_runs_redis_is_stopped_and_its_directory_removed()
    {
        using var temporaryRoot = TestDirectory.Create("sweep");
        var leftover = LeftoverOfADeadRun(temporaryRoot, "redis");
        await using var redis = new RedisServer(new RedisServerOptions { DataDirectory = leftover, Port = FreePort.Next(), Persistent = false });
        await redis.StartAsync(Ct);
        var pid = redis.ProcessId!.Value;

        await LeftoverSweeper.SweepAsync(temporaryRoot.Path);

        Assert.False(Directory.Exists(leftover));
        Assert.False(ProcessSignals.IsAlive(pid));
    }

    [Fact]
    public async Task A_dead_runs_postgres_is_stopped_and_its_directory_removed()
    {
        using var temporaryRoot = TestDirectory.Create("sweep");
        var leftover = LeftoverOfADeadRun(temporaryRoot, "pg");
        await using var cluster = new PostgresCluster(new PostgresClusterOptions
        {
            DataDirectory = Path.Combine(leftover, "data"),
            Port = FreePort.Next(),
            SuperuserPassword = "leftover",
            Durable = false,
        });
        await cluster.InitializeIfNeededAsync(Ct);
        await cluster.StartAsync(Ct);
        var pid = cluster.ProcessId!.Value;

        await LeftoverSweeper.SweepAsync(temporaryRoot.Path);

        Assert.False(Directory.Exists(leftover));
        Assert.False(ProcessSignals.IsAlive(pid));
    }

    [Fact]
    public async Task A_dead_runs_directory_with_a_stale_pid_file_is_removed()
    {
        using var temporaryRoot = TestDirectory.Create("sweep");
        var leftover = LeftoverOfADeadRun(temporaryRoot, "pg");
        Directory.CreateDirectory(Path.Combine(leftover, "data"));
        await File.WriteAllTextAsync(Path.Combine(leftover, "data", "postmaster.pid"), $"{DeadProcess.Pid()}\n", Ct);

        await LeftoverSweeper.SweepAsync(temporaryRoot.Path);

        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public async Task A_live_runs_directories_are_left_alone()
    {
        using var temporaryRoot = TestDirectory.Create("sweep");
        using var owned = TestDirectory.CreateIn(temporaryRoot.Path, "pg");
        var beingCreated = Path.Combine(temporaryRoot.Path, TestDirectory.Prefix + "redis-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(beingCreated);

        await LeftoverSweeper.SweepAsync(temporaryRoot.Path);

        Assert.True(Directory.Exists(owned.Path));
        Assert.True(Directory.Exists(beingCreated));
    }

    private static string LeftoverOfADeadRun(TestDirectory root, string purpose)
    {
        var directory = Path.Combine(root.Path, $"{TestDirectory.Prefix}{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, TestDirectory.OwnerFileName), new ProcessIdentity(DeadProcess.Pid(), 1).ToString());
        return directory;
    }
}
