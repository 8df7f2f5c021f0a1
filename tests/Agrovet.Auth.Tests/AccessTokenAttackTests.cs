namespace Agrovet.Auth.Tests;

/// <summary>Every forged, stale or revoked access token is refused with a 401 problem, by the bearer handler and by verify.</summary>
public sealed class AccessTokenAttackTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    public static TheoryData<string> Attacks =>
    [
        "tampered signature", "role raised in the payload", "alg none", "HS256 signed with the public key", "expired",
        "unknown kid", "wrong issuer", "wrong audience", "not yet valid", "not a JWT",
    ];

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Forged_tokens_are_refused(string attack)
    {
        var user = await api.SignUpAsync();
        var token = await ForgeAsync(attack, user);

        await AssertRefusedAsync(token);
    }

    [Fact]
    public async Task The_token_of_a_deactivated_user_is_refused_at_once()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();
        using var warm = await user.Client.GetAsync(AuthApi.Me, Ct);
        await warm.ShouldBeAsync(HttpStatusCode.OK);

        using var deactivate = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { is_active = false }, Ct);
        await deactivate.ShouldBeAsync(HttpStatusCode.OK);

        await AssertRefusedAsync(user.AccessToken);
    }

    [Fact]
    public async Task The_token_of_a_deleted_user_is_refused()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();

        using var delete = await admin.Client.DeleteAsync($"{AuthApi.Users}{user.Id}/", Ct);
        await delete.ShouldBeAsync(HttpStatusCode.NoContent);

        await AssertRefusedAsync(user.AccessToken);
    }

    private async Task AssertRefusedAsync(string token)
    {
        using var bearer = api.CreateClient().WithBearer(token);
        using var me = await bearer.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var anonymous = api.CreateClient();
        using var verify = await anonymous.PostAsJsonAsync(AuthApi.Verify, new { token }, Ct);
        var problem = await verify.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    private async Task<string> ForgeAsync(string attack, SignedInUser user)
    {
        var ring = await api.SigningKeys.GetRingAsync(Ct);
        var now = DateTime.UtcNow;
        switch (attack)
        {
            case "tampered signature":
                return ForgedTokens.WithTamperedSignature(user.AccessToken);
            case "role raised in the payload":
                return ForgedTokens.WithRoleRaisedToAdmin(user.AccessToken);
            case "alg none":
                return ForgedTokens.Unsigned(user.AccessToken);
            case "HS256 signed with the public key":
                var jwk = (await api.JwksAsync()).GetProperty("keys")[0];
                return ForgedTokens.HmacWithPublicKey(user.AccessToken, jwk.GetRawText(), jwk.GetProperty("kid").GetString()!);
            case "expired":
                return ForgedTokens.Sign(ring.SigningCredentials, user.Id, now.AddHours(-1), now.AddMinutes(-5));
            case "unknown kid":
                return ForgedTokens.Sign(ForgedTokens.UnknownKey(), user.Id, now, now.AddMinutes(10));
            case "wrong issuer":
                return ForgedTokens.Sign(ring.SigningCredentials, user.Id, now, now.AddMinutes(10), issuer: "someone-else");
            case "wrong audience":
                return ForgedTokens.Sign(ring.SigningCredentials, user.Id, now, now.AddMinutes(10), audience: "another-platform");
            case "not yet valid":
                return ForgedTokens.Sign(ring.SigningCredentials, user.Id, now.AddMinutes(5), now.AddMinutes(15));
            case "not a JWT":
                return "definitely-not-a-jwt";
            default:
                throw new ArgumentOutOfRangeException(nameof(attack), attack, null);
        }
    }
}
