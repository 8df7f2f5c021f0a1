using Agrovet.Auth.Data;
using Agrovet.Auth.Keys;
using Agrovet.Contracts.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.Auth.Tests;

/// <summary>
/// The auth service in memory over its own fresh database (migrated before it starts), its own Redis database and
/// event streams, one per test class. It is its own auth server: users sign up and the admin signs in through it.
/// </summary>
public class AuthApiFactory() : ServiceApiFactory<Program, AuthDbContext>("auth", Topics.UserEvents, auth: null)
{
    public const string AdminUsername = "root.admin";
    public const string AdminPassword = "Adm1n-Secret-For-Tests!";

    public SigningKeyStore SigningKeys => Services.GetRequiredService<SigningKeyStore>();

    /// <summary>Where this instance's file mail sender writes (one .eml file a message).</summary>
    public MailFolder Mail { get; } = new(TestDirectory.Create("mail"));

    public override Task<SignedInUser> SignUpAsync(string role = "consumer") => AuthApi.SignUpAsync(CreateClient, role);

    /// <summary>Creates (or restores) the administrator through <c>ensure-admin</c> and signs them in.</summary>
    public override async Task<SignedInUser> SignInAdminAsync()
    {
        Assert.Equal(0, await RunCommandAsync("ensure-admin"));
        return await AuthApi.SignInAsync(CreateClient, new TestAccount(AdminUsername, "admin@agrovet.local", AdminPassword, "admin"));
    }

    public async Task<JsonElement> JwksAsync()
    {
        using var client = CreateClient();
        return await client.GetFromJsonAsync<JsonElement>(AuthApi.Jwks, Ct);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Mail.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("AGROVET_ADMIN_USERNAME", AdminUsername);
        builder.UseSetting("AGROVET_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("Mail:Directory", Mail.Path);
        builder.ConfigureServices(services =>
        {
            // Identity's default (100,000 PBKDF2 rounds) costs ~50 ms a hash; the algorithm is the same with fewer rounds.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.AddSingleton<IStartupFilter, LoopbackClientAddress>();
        });
    }
}
