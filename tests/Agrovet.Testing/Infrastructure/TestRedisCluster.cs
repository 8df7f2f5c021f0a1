using System.Diagnostics;
using System.Globalization;
using Agrovet.LocalInfrastructure;
using StackExchange.Redis;

namespace Agrovet.Testing;

/// <summary>
/// A throwaway 3-node Redis Cluster per test process (three masters, all 16384 slots, no replicas), started on first
/// use from the installed redis-server on free loopback ports and formed with <c>redis-cli --cluster create</c>.
/// Cluster mode has one database: tests keep apart by key prefix (<see cref="TestInfrastructure.CreateRedisKeyPrefix"/>).
/// </summary>
public sealed class TestRedisCluster
{
    public const int NodeCount = 3;

    private const int StartAttempts = 3;

    private static readonly Lock Gate = new();
    private static Task<TestRedisCluster>? _current;

    private readonly List<(TestDirectory Directory, RedisServer Server)> _nodes;

    private TestRedisCluster(List<(TestDirectory Directory, RedisServer Server)> nodes)
    {
        _nodes = nodes;
    }

    /// <summary>The nodes' servers. Do not stop them.</summary>
    public IReadOnlyList<RedisServer> Nodes => [.. _nodes.Select(n => n.Server)];

    /// <summary>"127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3": StackExchange.Redis finds the cluster from any of them.</summary>
    public string ConnectionString => string.Join(',', _nodes.Select(n => n.Server.ConnectionString));

    /// <summary>Starts the cluster on first call; later calls return the same one. It is stopped when the process exits.</summary>
    public static Task<TestRedisCluster> GetAsync()
    {
        lock (Gate)
        {
            if (_current is null)
            {
                _current = Task.Run(StartAsync);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => StopOnProcessExit();
            }

            return _current;
        }
    }

    private static async Task<TestRedisCluster> StartAsync()
    {
        var serverPath = ServerBinaries.RedisServerPath();
        for (var attempt = 1; ; attempt++)
        {
            var nodes = new List<(TestDirectory Directory, RedisServer Server)>();
            try
            {
                for (var i = 0; i < NodeCount; i++)
                {
                    var directory = TestDirectory.Create("redis-cluster");
                    var server = new RedisServer(new RedisServerOptions
                    {
                        DataDirectory = directory.Path,
                        Port = FreePort.Next(),
                        Persistent = false,
                        Databases = 1,
                        ServerPath = serverPath,
                        StopWhenProcessExits = Environment.ProcessId,
                        ExtraArguments =
                        [
                            "--cluster-enabled", "yes",
                            "--cluster-config-file", Path.Combine(directory.Path, "nodes.conf"),
                            "--cluster-node-timeout", "5000",
                            // The test cluster has no replicas: a busy node must not take the cluster down.
                            "--cluster-require-full-coverage", "no",
                        ],
                    });
                    nodes.Add((directory, server));
                    await server.StartAsync();
                }

                var cluster = new TestRedisCluster(nodes);
                await cluster.FormAsync(serverPath);
                return cluster;
            }
            catch (Exception exception) when (attempt < StartAttempts && exception is ServerStartException or InvalidOperationException)
            {
                // Most likely another process took a free port first; try other ports.
                await StopAsync(nodes);
            }
            catch
            {
                await StopAsync(nodes);
                throw;
            }
        }
    }

    /// <summary>Assigns the slots with redis-cli, then waits until every node reports the cluster ok.</summary>
    private async Task FormAsync(string serverPath)
    {
        var cli = Path.Combine(Path.GetDirectoryName(serverPath)!, "redis-cli");
        if (!File.Exists(cli))
        {
            cli = "redis-cli";
        }

        var arguments = new List<string> { "--cluster", "create" };
        arguments.AddRange(_nodes.Select(n => n.Server.ConnectionString));
        arguments.AddRange(["--cluster-replicas", "0", "--cluster-yes"]);
        var start = new ProcessStartInfo(cli) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using (var create = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {cli}."))
        {
            var output = create.StandardOutput.ReadToEndAsync();
            var error = create.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await create.WaitForExitAsync(timeout.Token);
            if (create.ExitCode != 0)
            {
                throw new InvalidOperationException($"redis-cli --cluster create failed (exit {create.ExitCode}): {await output}{await error}");
            }
        }

        await using var connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var states = await Task.WhenAll(_nodes.Select(async n =>
                (string?)await connection.GetServer(n.Server.ConnectionString).ExecuteAsync("CLUSTER", "INFO")));
            if (states.All(s => s?.Contains("cluster_state:ok", StringComparison.Ordinal) == true))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("The Redis Cluster did not reach cluster_state:ok within 60 s: " + string.Join(" | ", states));
            }

            await Task.Delay(100);
        }
    }

    private static async Task StopAsync(List<(TestDirectory Directory, RedisServer Server)> nodes)
    {
        foreach (var (directory, server) in nodes)
        {
            await server.DisposeAsync();
            directory.Dispose();
        }
    }

    private static void StopOnProcessExit()
    {
        try
        {
            Task<TestRedisCluster>? current;
            lock (Gate)
            {
                current = _current;
            }

            if (current is { IsCompletedSuccessfully: true })
            {
                StopAsync(current.Result._nodes).GetAwaiter().GetResult();
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The servers' watchers stop them once this process is gone; the next run's sweep removes the directories.
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Redis Cluster {ConnectionString}");
}
