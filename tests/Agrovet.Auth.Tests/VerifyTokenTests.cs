namespace Agrovet.Auth.Tests;

public sealed class VerifyTokenTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task A_valid_access_token_verifies_with_its_claims()
    {
        var user = await api.SignUpAsync("specialist");
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync(AuthApi.Verify, new { token = user.AccessToken }, Ct);

        var body = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.True(body.GetProperty("valid").GetBoolean());
        var claims = body.GetProperty("claims");
        Assert.Equal("agrovet-auth", claims.GetProperty("iss").GetString());
        Assert.Equal("agrovet", claims.GetProperty("aud").GetString());
        Assert.Equal(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), claims.GetProperty("sub").GetString());
        Assert.Equal(user.Account.Username, claims.GetProperty("name").GetString());
        Assert.Equal(user.Account.Email, claims.GetProperty("email").GetString());
        Assert.Equal("specialist", claims.GetProperty("role").GetString());
        Assert.True(Guid.TryParse(claims.GetProperty("jti").GetString(), out _));
        Assert.Equal(600, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
        Assert.Equal(claims.GetProperty("iat").GetInt64(), claims.GetProperty("nbf").GetInt64());
    }

    [Fact]
    public async Task Verifying_needs_no_bearer_token()
    {
        var user = await api.SignUpAsync();
        using var client = api.CreateClient().WithBearer("garbage");

        using var response = await client.PostAsJsonAsync(AuthApi.Verify, new { token = user.AccessToken }, Ct);

        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_missing_token_is_a_field_error()
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Verify, new { }, Ct);
        await response.ShouldHaveFieldErrorAsync("token");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJub25lIn0.e30.")]
    public async Task Garbage_is_refused_with_401(string token)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Verify, new { token }, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
