using Microsoft.IdentityModel.JsonWebTokens;

namespace Agrovet.Auth.Tests;

public sealed class SigningKeyTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task The_JWKS_publishes_the_key_tokens_are_signed_with_and_may_be_cached()
    {
        var user = await api.SignUpAsync();
        using var client = api.CreateClient();

        using var response = await client.GetAsync(AuthApi.Jwks, Ct);

        var jwks = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(300), response.Headers.CacheControl?.MaxAge);
        var kid = new JsonWebToken(user.AccessToken).Kid;
        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray(), k => k.GetProperty("kid").GetString() == kid);
        Assert.Equal("EC", key.GetProperty("kty").GetString());
        Assert.Equal("P-256", key.GetProperty("crv").GetString());
        Assert.Equal("ES256", key.GetProperty("alg").GetString());
        Assert.Equal("sig", key.GetProperty("use").GetString());
        Assert.False(key.TryGetProperty("d", out _));
    }

    [Fact]
    public async Task The_JWKS_is_served_to_anyone_even_with_a_bad_token()
    {
        using var client = api.CreateClient().WithBearer("garbage");
        using var response = await client.GetAsync(AuthApi.Jwks, Ct);
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Rotating_keys_keeps_old_tokens_valid_and_the_JWKS_lists_both()
    {
        var before = await api.SignUpAsync();
        var oldKid = new JsonWebToken(before.AccessToken).Kid;

        Assert.Equal(0, await api.RunCommandAsync("rotate-keys"));

        var after = await AuthApi.SignInAsync(api.CreateClient, before.Account);
        var newKid = new JsonWebToken(after.AccessToken).Kid;
        Assert.NotEqual(oldKid, newKid);

        var kids = (await api.JwksAsync()).GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Contains(oldKid, kids);
        Assert.Contains(newKid, kids);
        Assert.Equal(newKid, kids[0]);

        foreach (var client in new[] { before.Client, after.Client })
        {
            using var me = await client.GetAsync(AuthApi.Me, Ct);
            await me.ShouldBeAsync(HttpStatusCode.OK);
        }

        using var anonymous = api.CreateClient();
        using var verify = await anonymous.PostAsJsonAsync(AuthApi.Verify, new { token = before.AccessToken }, Ct);
        await verify.ShouldBeAsync(HttpStatusCode.OK);
    }
}
