namespace Agrovet.Auth.Tests;

public sealed class AccountTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    private const string ChangePassword = "/api/auth/me/password/";
    private const string DeleteAccount = "/api/auth/me/delete/";
    private const string NewPassword = "Fresh-pasture-2031";

    [Fact]
    public async Task Changing_the_password_keeps_this_session_on_new_tokens_and_ends_the_others()
    {
        var user = await api.SignUpAsync();
        var otherSession = await AuthApi.SignInAsync(api.CreateClient, user.Account);

        using var response = await user.Client.PostAsJsonAsync(
            ChangePassword, new { current_password = user.Account.Password, new_password = NewPassword }, Ct);
        var pair = await response.ShouldBeAsync(HttpStatusCode.OK);

        using var fresh = api.CreateClient().WithBearer(pair.GetProperty("access").GetString()!);
        using var me = await fresh.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeAsync(HttpStatusCode.OK);
        using var other = await otherSession.Client.GetAsync(AuthApi.Me, Ct);
        await other.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var oldRefresh = await api.CreateClient().PostAsJsonAsync(AuthApi.Refresh, new { refresh = otherSession.RefreshToken }, Ct);
        await oldRefresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var anonymous = api.CreateClient();
        await AuthApi.LogInAsync(anonymous, user.Account.Username, NewPassword);
        using var oldPassword = await anonymous.PostAsJsonAsync(AuthApi.Login, new { username = user.Account.Username, password = user.Account.Password }, Ct);
        await oldPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_the_password_with_a_wrong_current_password_is_a_field_error_and_changes_nothing()
    {
        var user = await api.SignUpAsync();

        using var response = await user.Client.PostAsJsonAsync(ChangePassword, new { current_password = "not-my-password", new_password = NewPassword }, Ct);

        Assert.Contains("This is not your current password.", await response.ShouldHaveFieldErrorAsync("current_password"));
        using var me = await user.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeAsync(HttpStatusCode.OK);
        await AuthApi.LogInAsync(api.CreateClient(), user.Account.Username, user.Account.Password);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("12345678901")]
    [InlineData("password")]
    [InlineData("")]
    public async Task A_weak_new_password_is_refused_with_the_rule_it_breaks(string weak)
    {
        var user = await api.SignUpAsync();

        using var response = await user.Client.PostAsJsonAsync(ChangePassword, new { current_password = user.Account.Password, new_password = weak }, Ct);

        await response.ShouldHaveFieldErrorAsync("new_password");
    }

    [Fact]
    public async Task The_new_password_must_differ_from_the_current_one()
    {
        var user = await api.SignUpAsync();

        using var response = await user.Client.PostAsJsonAsync(
            ChangePassword, new { current_password = user.Account.Password, new_password = user.Account.Password }, Ct);

        await response.ShouldHaveFieldErrorAsync("new_password");
    }

    [Theory]
    [InlineData(ChangePassword)]
    [InlineData(DeleteAccount)]
    public async Task Account_changes_need_a_bearer_token(string path)
    {
        using var anonymous = api.CreateClient();
        using var response = await anonymous.PostAsJsonAsync(path, new { password = "x", current_password = "x", new_password = NewPassword }, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Deleting_my_account_ends_my_sessions_and_publishes_user_deleted()
    {
        var user = await api.SignUpAsync("businessman");

        using var response = await user.Client.PostAsJsonAsync(DeleteAccount, new { password = user.Account.Password }, Ct);
        await response.ShouldBeAsync(HttpStatusCode.NoContent);

        var deleted = await api.WaitForEventAsync("user.deleted", user.Id);
        Assert.Equal(user.Id, deleted.GetProperty("user_id").GetInt64());
        using var me = await user.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var login = await api.CreateClient().PostAsJsonAsync(AuthApi.Login, new { username = user.Account.Username, password = user.Account.Password }, Ct);
        await login.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-my-password")]
    public async Task Deleting_my_account_without_my_password_is_a_field_error_and_deletes_nothing(string? password)
    {
        var user = await api.SignUpAsync();

        using var response = await user.Client.PostAsJsonAsync(DeleteAccount, new { password }, Ct);

        await response.ShouldHaveFieldErrorAsync("password");
        using var me = await user.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_administrator_cannot_delete_their_own_account_from_here()
    {
        var admin = await api.SignInAdminAsync();

        using var response = await admin.Client.PostAsJsonAsync(DeleteAccount, new { password = admin.Account.Password }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }
}
