using System.Net.Http.Json;
using System.Text.Json;
using Agrovet.Auth.Data;
using Agrovet.Auth.Keys;
using Agrovet.ServiceDefaults.Commands;
using Agrovet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Agrovet.Auth.Tests;

/// <summary>
/// The auth service in memory over its own fresh database (migrated before it starts) and its own Redis database,
/// one per test class.
/// </summary>
public class AuthApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminUsername = "root.admin";
    public const string AdminPassword = "Adm1n-Secret-For-Tests!";

    private string? _postgres;
    private string? _redis;

    /// <summary>Where Redis is for this factory; a fresh logical database unless a subclass says otherwise.</summary>
    protected virtual string RedisConnectionString(TestInfrastructure infrastructure) => infrastructure.CreateRedisDatabaseConnectionString();

    public async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _postgres = await infrastructure.CreateDatabaseAsync("auth");
        _redis = RedisConnectionString(infrastructure);
        StartServer();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs a verb (<c>ensure-admin</c>, <c>rotate-keys</c>, ...) against this instance's services.</summary>
    public async Task<int> RunCommandAsync(string name)
    {
        var command = Services.GetServices<IServiceCommand>().Single(c => c.Name == name);
        await using var scope = Services.CreateAsyncScope();
        return await command.RunAsync(scope.ServiceProvider, TestContext.Current.CancellationToken);
    }

    /// <summary>Creates (or restores) the administrator through <c>ensure-admin</c> and signs them in.</summary>
    public async Task<SignedInUser> SignInAdminAsync()
    {
        Assert.Equal(0, await RunCommandAsync("ensure-admin"));
        return await AuthApi.SignInAsync(CreateClient, new TestAccount(AdminUsername, "admin@agrovet.local", AdminPassword, "admin"));
    }

    public Task<SignedInUser> SignUpAsync(string role = "consumer") => AuthApi.SignUpAsync(CreateClient, role);

    public SigningKeyStore SigningKeys => Services.GetRequiredService<SigningKeyStore>();

    public async Task<JsonElement> JwksAsync()
    {
        using var client = CreateClient();
        return await client.GetFromJsonAsync<JsonElement>(AuthApi.Jwks, TestContext.Current.CancellationToken);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        builder.UseSetting("ConnectionStrings:Redis", _redis);
        builder.UseSetting("AGROVET_ADMIN_USERNAME", AdminUsername);
        builder.UseSetting("AGROVET_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("LOG_FORMAT", "text");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services =>
        {
            // Identity's default (100,000 PBKDF2 rounds) costs ~50 ms a hash; the algorithm is the same with fewer rounds.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.AddSingleton<IStartupFilter, LoopbackClientAddress>();
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = builder.Build();
        using (var scope = host.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<AuthDbContext>().Database.Migrate();
        }

        host.Start();
        return host;
    }
}
