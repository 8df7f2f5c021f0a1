namespace Agrovet.Auth.Tests;

public sealed class LogoutTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task Logging_out_revokes_the_refresh_token_and_the_access_token_used()
    {
        var user = await api.SignUpAsync();

        using var logout = await user.Client.PostAsJsonAsync(AuthApi.Logout, new { refresh = user.RefreshToken }, Ct);
        await logout.ShouldBeAsync(HttpStatusCode.NoContent);

        using var me = await user.Client.GetAsync(AuthApi.Me, Ct);
        var problem = await me.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var anonymous = api.CreateClient();
        using var verify = await anonymous.PostAsJsonAsync(AuthApi.Verify, new { token = user.AccessToken }, Ct);
        await verify.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var refresh = await anonymous.PostAsJsonAsync(AuthApi.Refresh, new { refresh = user.RefreshToken }, Ct);
        await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logging_out_ends_only_that_session()
    {
        var user = await api.SignUpAsync();
        var otherSession = await AuthApi.SignInAsync(api.CreateClient, user.Account);

        using var logout = await user.Client.PostAsJsonAsync(AuthApi.Logout, new { refresh = user.RefreshToken }, Ct);
        await logout.ShouldBeAsync(HttpStatusCode.NoContent);

        using var me = await otherSession.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeAsync(HttpStatusCode.OK);
        using var refresh = await otherSession.Client.PostAsJsonAsync(AuthApi.Refresh, new { refresh = otherSession.RefreshToken }, Ct);
        await refresh.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Logging_out_with_someone_elses_refresh_token_is_refused_and_changes_nothing()
    {
        var user = await api.SignUpAsync();
        var victim = await api.SignUpAsync();

        using var logout = await user.Client.PostAsJsonAsync(AuthApi.Logout, new { refresh = victim.RefreshToken }, Ct);
        Assert.Contains("This is not a refresh token of your account.", await logout.ShouldHaveFieldErrorAsync("refresh"));

        using var refresh = await victim.Client.PostAsJsonAsync(AuthApi.Refresh, new { refresh = victim.RefreshToken }, Ct);
        await refresh.ShouldBeAsync(HttpStatusCode.OK);
        using var me = await user.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("never-issued")]
    public async Task Logging_out_without_a_valid_refresh_token_is_a_field_error(string? refresh)
    {
        var user = await api.SignUpAsync();
        using var logout = await user.Client.PostAsJsonAsync(AuthApi.Logout, new { refresh }, Ct);
        await logout.ShouldHaveFieldErrorAsync("refresh");
    }

    [Fact]
    public async Task Logging_out_needs_a_bearer_token()
    {
        var user = await api.SignUpAsync();
        using var anonymous = api.CreateClient();
        using var logout = await anonymous.PostAsJsonAsync(AuthApi.Logout, new { refresh = user.RefreshToken }, Ct);
        await logout.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
