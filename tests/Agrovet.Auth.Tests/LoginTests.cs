using Microsoft.IdentityModel.JsonWebTokens;

namespace Agrovet.Auth.Tests;

public sealed class LoginTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task Signing_in_returns_an_ES256_access_token_a_refresh_token_and_the_user()
    {
        var account = TestAccount.Fake("businessman");
        using var client = api.CreateClient();
        var id = await AuthApi.RegisterAsync(client, account);

        var tokens = await AuthApi.LogInAsync(client, account.Username, account.Password);

        Assert.Equal(600, tokens.GetProperty("expires_in").GetInt32());
        Assert.Equal(43, tokens.GetProperty("refresh").GetString()!.Length);
        var user = tokens.GetProperty("user");
        Assert.Equal(id, user.GetProperty("id").GetInt64());
        Assert.Equal("businessman", user.GetProperty("role").GetString());

        var jwt = new JsonWebToken(tokens.GetProperty("access").GetString());
        Assert.Equal("ES256", jwt.Alg);
        Assert.False(string.IsNullOrEmpty(jwt.Kid));
        Assert.Equal("agrovet-auth", jwt.Issuer);
        Assert.Equal(["agrovet"], jwt.Audiences);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), jwt.Subject);
        Assert.Equal(account.Username, jwt.GetPayloadValue<string>("name"));
        Assert.Equal(account.Email, jwt.GetPayloadValue<string>("email"));
        Assert.Equal("businessman", jwt.GetPayloadValue<string>("role"));
        Assert.Equal(7, Guid.Parse(jwt.Id).Version);
        Assert.Equal(TimeSpan.FromMinutes(10), jwt.ValidTo - jwt.IssuedAt);
        Assert.Equal(jwt.IssuedAt, jwt.ValidFrom);
    }

    [Fact]
    public async Task Signing_in_accepts_the_email_or_the_username_in_any_case()
    {
        var account = TestAccount.Fake();
        using var client = api.CreateClient();
        await AuthApi.RegisterAsync(client, account);

        await AuthApi.LogInAsync(client, account.Email.ToUpperInvariant(), account.Password);
        await AuthApi.LogInAsync(client, account.Username.ToLowerInvariant(), account.Password);
        await AuthApi.LogInAsync(client, $"  {account.Username}  ", account.Password);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        var account = TestAccount.Fake();
        using var client = api.CreateClient();
        await AuthApi.RegisterAsync(client, account);

        using var wrongPassword = await client.PostAsJsonAsync(AuthApi.Login, new { username = account.Username, password = account.Password + "x" }, Ct);
        using var unknownUser = await client.PostAsJsonAsync(AuthApi.Login, new { username = "nobody_" + Guid.NewGuid().ToString("N"), password = account.Password }, Ct);

        var first = await wrongPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var second = await unknownUser.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Wrong username or password.", first.GetProperty("detail").GetString());
        Assert.Equal(first.GetProperty("detail").GetString(), second.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_password_is_case_sensitive()
    {
        var account = TestAccount.Fake();
        using var client = api.CreateClient();
        await AuthApi.RegisterAsync(client, account);

        using var response = await client.PostAsJsonAsync(AuthApi.Login, new { username = account.Username, password = account.Password.ToUpperInvariant() }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Missing_credentials_are_field_errors()
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Login, new { username = " " }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("username"));
        Assert.NotEmpty(problem.FieldErrors("password"));
    }

    [Fact]
    public async Task A_deactivated_user_is_told_their_account_is_deactivated()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();
        using var deactivate = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { is_active = false }, Ct);
        await deactivate.ShouldBeAsync(HttpStatusCode.OK);

        using var response = await user.Client.PostAsJsonAsync(AuthApi.Login, new { username = user.Account.Username, password = user.Account.Password }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("deactivated", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_user_with_a_wrong_password_learns_nothing_about_the_account()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();
        using var deactivate = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { is_active = false }, Ct);
        await deactivate.ShouldBeAsync(HttpStatusCode.OK);

        using var response = await user.Client.PostAsJsonAsync(AuthApi.Login, new { username = user.Account.Username, password = "Not-The-Password-1" }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Wrong username or password.", problem.GetProperty("detail").GetString());
    }
}
