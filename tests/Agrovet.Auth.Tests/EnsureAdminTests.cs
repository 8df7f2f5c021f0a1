using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.Auth.Tests;

public sealed class EnsureAdminTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task Ensure_admin_creates_the_admin_once_and_can_run_again()
    {
        Assert.Equal(0, await api.RunCommandAsync("ensure-admin"));
        Assert.Equal(0, await api.RunCommandAsync("ensure-admin"));

        var admin = await AuthApi.SignInAsync(api.CreateClient, new TestAccount(AuthApiFactory.AdminUsername, "admin@agrovet.local", AuthApiFactory.AdminPassword, "admin"));
        using var me = await admin.Client.GetAsync(AuthApi.Me, Ct);
        var shown = await me.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("admin", shown.GetProperty("role").GetString());
        Assert.Equal("admin@agrovet.local", shown.GetProperty("email").GetString());

        using var list = await admin.Client.GetAsync($"{AuthApi.Users}?search={AuthApiFactory.AdminUsername}", Ct);
        Assert.Equal(1, (await list.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Ensure_admin_fails_clearly_when_another_account_has_the_admin_email()
    {
        var admin = await api.SignInAdminAsync();
        await using var factory = api.WithWebHostBuilder(b => b.UseSetting("AGROVET_ADMIN_USERNAME", "second.admin"));

        Assert.Equal(1, await RunAsync(factory, "ensure-admin"));

        using var me = await admin.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Running_ensure_admin_again_keeps_the_admins_sessions()
    {
        var admin = await api.SignInAdminAsync();

        Assert.Equal(0, await api.RunCommandAsync("ensure-admin"));

        using var me = await admin.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ensure_admin_takes_over_an_account_registered_under_the_admin_name()
    {
        // A database of its own: the admin email must not be taken by this class's other admin.
        await using var fresh = new AuthApiFactory();
        await fresh.InitializeAsync();
        await using var factory = fresh.WithWebHostBuilder(b => b.UseSetting("AGROVET_ADMIN_USERNAME", "Farm.Boss"));
        var squatter = TestAccount.Fake() with { Username = "farm.boss" };
        using (var client = factory.CreateClient())
        {
            await AuthApi.RegisterAsync(client, squatter);
        }

        Assert.Equal(0, await RunAsync(factory, "ensure-admin"));

        using var anonymous = factory.CreateClient();
        using var oldPassword = await anonymous.PostAsJsonAsync(AuthApi.Login, new { username = squatter.Username, password = squatter.Password }, Ct);
        await oldPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var tokens = await AuthApi.LogInAsync(anonymous, "farm.boss", AuthApiFactory.AdminPassword);
        Assert.Equal("admin", tokens.GetProperty("user").GetProperty("role").GetString());

        // The promotion is in the account's history, made by the command.
        using var admin = factory.CreateClient().WithBearer(tokens.GetProperty("access").GetString()!);
        var userId = tokens.GetProperty("user").GetProperty("id").GetInt64();
        var page = await AuditLog.WaitForAsync(admin, AuditLog.UserHistory(userId), 1);
        var entry = Assert.Single(AuditLog.Results(page));
        Assert.Equal(("update", "ensure-admin", 0L), (entry.GetProperty("action").GetString(), entry.GetProperty("actor_username").GetString(), entry.GetProperty("actor").GetProperty("id").GetInt64()));
        Assert.Equal(("\"consumer\"", "\"admin\""), AuditLog.Change(entry, "role"));
    }

    [Fact]
    public async Task Creating_the_admin_is_audited_as_the_commands_doing()
    {
        await using var fresh = new AuthApiFactory();
        await fresh.InitializeAsync();

        var admin = await fresh.SignInAdminAsync();

        var page = await AuditLog.WaitForAsync(admin.Client, AuditLog.UserHistory(admin.Id), 1);
        var entry = Assert.Single(AuditLog.Results(page));
        Assert.Equal(("create", "ensure-admin"), (entry.GetProperty("action").GetString(), entry.GetProperty("actor_username").GetString()));
        Assert.Equal(("null", "\"admin\""), AuditLog.Change(entry, "role"));
        Assert.Equal(("null", $"\"{AuthApiFactory.AdminUsername}\""), AuditLog.Change(entry, "username"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task Ensure_admin_without_a_password_fails_and_creates_nobody(string? password)
    {
        await using var factory = api.WithWebHostBuilder(b => b
            .UseSetting("AGROVET_ADMIN_USERNAME", "no.password.admin")
            .UseSetting("AGROVET_ADMIN_PASSWORD", password));

        Assert.Equal(1, await RunAsync(factory, "ensure-admin"));

        using var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync(AuthApi.Login, new { username = "no.password.admin", password = "anything-at-all" }, Ct);
        await login.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("weak.admin", "short1", "too short")]
    [InlineData("weak.admin", "1234567890", "entirely numeric")]
    [InlineData("weak.admin", "weak.admin-2026", "similar to the username")]
    [InlineData("weak.admin", "password1", "too common")]
    public async Task Ensure_admin_refuses_a_password_any_account_would_be_refused_and_creates_nobody(string username, string password, string reason)
    {
        await using var factory = api.WithWebHostBuilder(b => b
            .UseSetting("AGROVET_ADMIN_USERNAME", username)
            .UseSetting("AGROVET_ADMIN_PASSWORD", password));
        // Other test classes may write to the console meanwhile: a synchronized writer takes their lines too.
        using var captured = new StringWriter();
        var errors = TextWriter.Synchronized(captured);
        var original = Console.Error;
        int exitCode;
        Console.SetError(errors);
        try
        {
            exitCode = await RunAsync(factory, "ensure-admin");
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Equal(1, exitCode);
        Assert.Contains(reason, captured.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("AGROVET_ADMIN_PASSWORD", captured.ToString(), StringComparison.Ordinal);
        using var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync(AuthApi.Login, new { username, password }, Ct);
        await login.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<int> RunAsync(WebApplicationFactory<Program> factory, string name)
    {
        var command = factory.Services.GetServices<ServiceDefaults.Commands.IServiceCommand>().Single(c => c.Name == name);
        await using var scope = factory.Services.CreateAsyncScope();
        return await command.RunAsync(scope.ServiceProvider, Ct);
    }
}
