using System.Globalization;
using System.Security.Cryptography;
using Agrovet.LocalInfrastructure;

namespace Agrovet.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster and one throwaway Redis per test process, started on first use from the installed
/// server binaries and removed when the process ends (if it is killed: stopped by a watcher, deleted by the next run).
/// </summary>
public sealed class TestInfrastructure
{
    public const string PostgresDirectoryPrefix = TestDirectory.Prefix + "pg-";
    public const string RedisDirectoryPrefix = TestDirectory.Prefix + "redis-";

    // Enough logical databases to give each test class its own (see CreateRedisDatabaseConnectionString).
    private const int RedisDatabases = 1024;
    private const int StartAttempts = 3;

    private static readonly Lock Gate = new();
    private static Task<TestInfrastructure>? _current;
    private static bool _processExitHooked;

    private readonly TestDirectory _postgresRoot;
    private readonly TestDirectory _redisRoot;
    private int _lastRedisDatabase;

    private TestInfrastructure(TestDirectory postgresRoot, PostgresCluster postgres, TestDirectory redisRoot, RedisServer redis)
    {
        this._postgresRoot = postgresRoot;
        this._redisRoot = redisRoot;
        Postgres = postgres;
        Redis = redis;
    }

    /// <summary>The shared cluster (superuser access via <see cref="PostgresCluster.SuperuserConnectionString"/>). Do not stop it.</summary>
    public PostgresCluster Postgres { get; }

    /// <summary>The shared Redis server. Do not stop it.</summary>
    public RedisServer Redis { get; }

    /// <summary>"127.0.0.1:port" of the shared Redis (database 0, shared by every test of the process).</summary>
    public string RedisConnectionString => Redis.ConnectionString;

    /// <summary>Starts the servers on first call; later calls return the same instance.</summary>
    /// <exception cref="MissingServerBinariesException">PostgreSQL or Redis is not installed (one-line message).</exception>
    public static Task<TestInfrastructure> GetAsync()
    {
        lock (Gate)
        {
            if (!_processExitHooked)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => ShutdownOnProcessExit();
                _processExitHooked = true;
            }

            return _current ??= Task.Run(StartAsync);
        }
    }

    /// <summary>Stops the servers and deletes their directories; a later <see cref="GetAsync"/> starts new ones.</summary>
    public static async Task ShutdownAsync()
    {
        Task<TestInfrastructure>? starting;
        lock (Gate)
        {
            starting = _current;
            _current = null;
        }

        if (starting is null)
        {
            return;
        }

        TestInfrastructure infrastructure;
        try
        {
            infrastructure = await starting;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A failed start already cleaned up after itself.
            return;
        }

        await infrastructure.StopAndDeleteAsync();
    }

    /// <summary>
    /// A new empty database owned by a new login role, named from <paramref name="prefix"/> plus a random suffix.
    /// Returns its connection string (Host=127.0.0.1;Port=..;Database=..;Username=..;Password=..), as a service gets it.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var name = UniqueName(prefix);
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await Postgres.EnsureDatabaseAsync(name, name, password, cancellationToken);
        return Postgres.ConnectionString(name, name, password);
    }

    /// <summary>A key prefix no other caller gets, e.g. "orders:3f2a9c1b:" — for tests that share Redis database 0.</summary>
    public static string CreateRedisKeyPrefix(string prefix) =>
        $"{prefix}:{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}:";

    /// <summary>
    /// A connection string whose default database no other caller gets ("127.0.0.1:port,defaultDatabase=N"), so a test
    /// class can use Redis (cache, streams, denylist) without seeing another's keys. Pub/sub channels are server-wide.
    /// </summary>
    public string CreateRedisDatabaseConnectionString()
    {
        var database = Interlocked.Increment(ref _lastRedisDatabase);
        if (database >= RedisDatabases)
        {
            throw new InvalidOperationException(
                $"All {RedisDatabases - 1} spare Redis databases are taken; use {nameof(CreateRedisKeyPrefix)} instead.");
        }

        return $"{RedisConnectionString},defaultDatabase={database.ToString(CultureInfo.InvariantCulture)}";
    }

    private async Task StopAndDeleteAsync()
    {
        try
        {
            await Redis.DisposeAsync();
            await Postgres.DisposeAsync();
        }
        finally
        {
            _redisRoot.Dispose();
            _postgresRoot.Dispose();
        }
    }

    private static async Task<TestInfrastructure> StartAsync()
    {
        // Fail fast, before touching anything, with the one-line "install it with" message.
        ServerBinaries.PostgresBinDirectory();
        ServerBinaries.RedisServerPath();

        await LeftoverSweeper.SweepAsync(TestDirectory.TemporaryRoot);

        var postgresRoot = TestDirectory.Create("pg");
        var redisRoot = TestDirectory.Create("redis");
        PostgresCluster? postgres = null;
        try
        {
            postgres = await StartPostgresAsync(postgresRoot.Path);
            var redis = await StartRedisAsync(redisRoot.Path);
            return new TestInfrastructure(postgresRoot, postgres, redisRoot, redis);
        }
        catch
        {
            if (postgres is not null)
            {
                await postgres.DisposeAsync();
            }

            redisRoot.Dispose();
            postgresRoot.Dispose();
            throw;
        }
    }

    private static async Task<PostgresCluster> StartPostgresAsync(string root)
    {
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        for (var attempt = 1; ; attempt++)
        {
            var cluster = new PostgresCluster(new PostgresClusterOptions
            {
                DataDirectory = Path.Combine(root, "data"),
                LogFile = Path.Combine(root, "postgres.log"),
                Port = FreePort.Next(),
                SuperuserPassword = password,
                Durable = false,
                StopWhenProcessExits = Environment.ProcessId,
                // Every test class may hold its own connection pool.
                Settings = new Dictionary<string, string> { ["max_connections"] = "300" },
            });
            try
            {
                await cluster.InitializeIfNeededAsync();
                await cluster.StartAsync();
                return cluster;
            }
            catch (ServerStartException) when (attempt < StartAttempts)
            {
                // Most likely another process took the free port first; try another.
                await cluster.DisposeAsync();
            }
            catch
            {
                await cluster.DisposeAsync();
                throw;
            }
        }
    }

    private static async Task<RedisServer> StartRedisAsync(string root)
    {
        for (var attempt = 1; ; attempt++)
        {
            var redis = new RedisServer(new RedisServerOptions
            {
                DataDirectory = root,
                Port = FreePort.Next(),
                Persistent = false,
                Databases = RedisDatabases,
                StopWhenProcessExits = Environment.ProcessId,
            });
            try
            {
                await redis.StartAsync();
                return redis;
            }
            catch (ServerStartException) when (attempt < StartAttempts)
            {
                await redis.DisposeAsync();
            }
            catch
            {
                await redis.DisposeAsync();
                throw;
            }
        }
    }

    private static string UniqueName(string prefix)
    {
        var cleaned = new string(prefix.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray()).Trim('_');
        if (cleaned.Length == 0 || char.IsAsciiDigit(cleaned[0]))
        {
            cleaned = "t_" + cleaned;
        }

        if (cleaned.Length > 40)
        {
            cleaned = cleaned[..40];
        }

        return $"{cleaned}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
    }

    private static void ShutdownOnProcessExit()
    {
        try
        {
            ShutdownAsync().GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Nothing useful to do while the process exits; the watchers and the next sweep clean up.
        }
    }
}
