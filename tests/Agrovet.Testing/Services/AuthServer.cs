using System.Globalization;
using Agrovet.LocalInfrastructure;

namespace Agrovet.Testing;

/// <summary>
/// The real auth service as a separate process (its own fresh database, the test's Redis), for the tests of the
/// other services: they validate its tokens over its JWKS exactly as in production and receive its <c>user.*</c>
/// events. Start one per test class or share one per test project; dispose to stop it.
/// </summary>
public sealed class AuthServer : IAsyncDisposable
{
    public const string AdminUsername = "admin";
    public const string AdminPassword = "Test-Chief-password-1";

    private readonly DotnetProcess _process;
    private readonly TestDirectory _logs;

    private AuthServer(DotnetProcess process, TestDirectory logs, Uri url, string redisConnectionString, string streamKeyPrefix)
    {
        _process = process;
        _logs = logs;
        Url = url;
        RedisConnectionString = redisConnectionString;
        StreamKeyPrefix = streamKeyPrefix;
    }

    /// <summary>Base address, e.g. http://127.0.0.1:41234 — pass it to the service under test as <c>AUTH_INTERNAL_URL</c>.</summary>
    public Uri Url { get; }

    /// <summary>The Redis (with database index) auth uses for its denylist and event streams; give the same to the service under test.</summary>
    public string RedisConnectionString { get; }

    /// <summary>Prefix of the event streams (<c>EventBus:StreamKeyPrefix</c>); give the same to the service under test.</summary>
    public string StreamKeyPrefix { get; }

    /// <param name="redisConnectionString">Redis for auth; null gives it a database of its own.</param>
    public static async Task<AuthServer> StartAsync(string? redisConnectionString = null, CancellationToken cancellationToken = default)
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        var database = await infrastructure.CreateDatabaseAsync("auth", cancellationToken);
        var redis = redisConnectionString ?? infrastructure.CreateRedisDatabaseConnectionString();
        var streams = TestInfrastructure.CreateRedisKeyPrefix("events") + ":";
        var port = FreePort.Next();
        var url = new Uri($"http://127.0.0.1:{port}");
        var logs = TestDirectory.Create("auth-server");
        var assembly = RepoPaths.ServiceAssembly("src/Services/Auth", "Agrovet.Auth");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/'),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Postgres"] = database,
            ["ConnectionStrings__Redis"] = redis,
            ["EventBus__StreamKeyPrefix"] = streams,
            ["AGROVET_PARENT_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
            ["AGROVET_ADMIN_USERNAME"] = AdminUsername,
            ["AGROVET_ADMIN_PASSWORD"] = AdminPassword,
            ["LOG_FORMAT"] = "text",
        };

        var process = await ServiceProcesses.StartAsync("auth", assembly, ["migrate", "ensure-admin"], environment, url, logs, cancellationToken);
        return new AuthServer(process, logs, url, redis, streams);
    }

    public HttpClient CreateClient() => new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) }.InLanguage(TestLanguage.Default);

    /// <summary>Registers a made-up account with <paramref name="role"/> and returns it signed in (its client sends the token to auth).</summary>
    public Task<SignedInUser> SignUpAsync(string role = "consumer") => AuthApi.SignUpAsync(CreateClient, role);

    public Task<SignedInUser> SignInAdminAsync() =>
        AuthApi.SignInAsync(CreateClient, new TestAccount(AdminUsername, "admin@agrovet.local", AdminPassword, "admin"));

    public string LogTail(int lines = 30) => _process.LogTail(lines);

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _logs.Dispose();
    }
}
