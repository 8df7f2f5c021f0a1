using StackExchange.Redis;

namespace Agrovet.LocalInfrastructure.Tests;

public sealed class RedisServerTests
{

    [Fact]
    public async Task A_started_redis_answers_ping_on_loopback()
    {
        using var directory = TestDirectory.Create("redis");
        await using var redis = NewRedis(directory.Path);
        await redis.StartAsync(Ct);

        await using var client = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        await client.GetDatabase().PingAsync();

        Assert.True(await redis.PingAsync(Ct));
        Assert.StartsWith("127.0.0.1:", redis.ConnectionString);
        var config = client.GetServer(redis.ConnectionString).ConfigGet("bind").Single();
        Assert.Equal("127.0.0.1", config.Value);
    }

    [Fact]
    public async Task A_throwaway_redis_keeps_nothing_on_disk()
    {
        using var directory = TestDirectory.Create("redis");
        await using var redis = NewRedis(directory.Path);
        await redis.StartAsync(Ct);

        await using var client = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var server = client.GetServer(redis.ConnectionString);

        Assert.Equal(string.Empty, server.ConfigGet("save").Single().Value);
        Assert.Equal("no", server.ConfigGet("appendonly").Single().Value);
    }

    [Fact]
    public async Task Stopping_redis_leaves_no_process()
    {
        using var directory = TestDirectory.Create("redis");
        await using var redis = NewRedis(directory.Path);
        await redis.StartAsync(Ct);
        var pid = redis.ProcessId!.Value;

        await redis.StopAsync(Ct);

        Assert.Null(redis.ProcessId);
        Assert.False(Directory.Exists($"/proc/{pid}") && ProcessSignals.IsAlive(pid));
        Assert.Empty(ProcessInspection.ProcessesWorkingIn(directory.Path));
        Assert.False(File.Exists(Path.Combine(directory.Path, RedisServer.PidFileName)));
    }

    [Fact]
    public async Task A_stale_pid_file_from_a_crashed_run_does_not_block_the_start()
    {
        using var directory = TestDirectory.Create("redis");
        var pidFile = Path.Combine(directory.Path, RedisServer.PidFileName);
        await File.WriteAllTextAsync(pidFile, $"{DeadProcess.Pid()}\n", Ct);
        await using var redis = NewRedis(directory.Path);

        await redis.StartAsync(Ct);

        Assert.True(await redis.PingAsync(Ct));
        Assert.Equal(redis.ProcessId.ToString(), (await File.ReadAllTextAsync(pidFile, Ct)).Trim());
    }

    [Fact]
    public async Task A_redis_left_running_by_an_earlier_run_is_stopped_before_the_start()
    {
        using var directory = TestDirectory.Create("redis");
        await using var earlierRun = NewRedis(directory.Path);
        await earlierRun.StartAsync(Ct);
        var leftRunning = earlierRun.ProcessId!.Value;

        await using var nextRun = NewRedis(directory.Path);
        await nextRun.StartAsync(Ct);

        await Poll.UntilAsync(() => !ProcessSignals.IsAlive(leftRunning), TimeSpan.FromSeconds(5), "the earlier redis exits", Ct);
        Assert.True(await nextRun.PingAsync(Ct));
    }

    [Fact]
    public async Task A_server_stops_by_itself_once_its_owner_process_is_gone()
    {
        using var directory = TestDirectory.Create("redis");
        using var owner = DeadProcess.StartSleeper();
        await using var redis = new RedisServer(new RedisServerOptions
        {
            DataDirectory = directory.Path,
            Port = FreePort.Next(),
            Persistent = false,
            StopWhenProcessExits = owner.Id,
        });
        await redis.StartAsync(Ct);
        var pid = redis.ProcessId!.Value;

        owner.Kill();

        await Poll.UntilAsync(() => !ProcessSignals.IsAlive(pid), TimeSpan.FromSeconds(10), "redis stops after its owner", Ct);
    }

    private static RedisServer NewRedis(string directory) => new(new RedisServerOptions
    {
        DataDirectory = directory,
        Port = FreePort.Next(),
        Persistent = false,
        StopWhenProcessExits = Environment.ProcessId,
    });
}
