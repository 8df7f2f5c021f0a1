namespace Agrovet.Auth.Tests;

public sealed class MeTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task Me_answers_the_signed_in_user()
    {
        var user = await api.SignUpAsync("businessman");

        using var response = await user.Client.GetAsync(AuthApi.Me, Ct);

        var me = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(user.Id, me.GetProperty("id").GetInt64());
        Assert.Equal(user.Account.Username, me.GetProperty("username").GetString());
        Assert.Equal(user.Account.Email, me.GetProperty("email").GetString());
        Assert.Equal("businessman", me.GetProperty("role").GetString());
        Assert.True(me.TryGetProperty("date_joined", out _));
        Assert.Equal(5, me.EnumerateObject().Count());
    }

    [Fact]
    public async Task Me_shows_the_user_exactly_as_registration_did()
    {
        var account = TestAccount.Fake();
        using var anonymous = api.CreateClient();
        using var registered = await anonymous.PostAsJsonAsync(
            AuthApi.Register,
            new { username = account.Username, email = account.Email, password = account.Password, role = account.Role },
            Ct);
        var created = await registered.ShouldBeAsync(HttpStatusCode.Created);
        var user = await AuthApi.SignInAsync(api.CreateClient, account);

        using var response = await user.Client.GetAsync(AuthApi.Me, Ct);

        Assert.Equal(created.GetRawText(), (await response.ShouldBeAsync(HttpStatusCode.OK)).GetRawText());
    }

    [Fact]
    public async Task Me_needs_a_bearer_token()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync(AuthApi.Me, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Me_shows_a_change_made_by_an_admin_at_once()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();
        using var warm = await user.Client.GetAsync(AuthApi.Me, Ct);
        await warm.ShouldBeAsync(HttpStatusCode.OK);

        var newEmail = $"changed.{Guid.NewGuid():N}@example.org";
        using var patch = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { email = newEmail }, Ct);
        await patch.ShouldBeAsync(HttpStatusCode.OK);

        using var response = await user.Client.GetAsync(AuthApi.Me, Ct);
        Assert.Equal(newEmail, (await response.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("email").GetString());
    }
}
