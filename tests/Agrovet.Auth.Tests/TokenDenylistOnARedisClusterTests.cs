namespace Agrovet.Auth.Tests;

/// <summary>
/// The denylist and the login throttle on a Redis Cluster: each reads two keys that may live on different nodes (a
/// token's and its user's, an account's and an address's), so neither may be one multi-key command.
/// </summary>
public sealed class TokenDenylistOnARedisClusterTests(RedisClusterAuthApiFactory api) : IClassFixture<RedisClusterAuthApiFactory>
{
    private static int _lastAddress;

    [Fact]
    public async Task Logging_out_revokes_the_access_token_at_once_on_a_cluster()
    {
        var user = await api.SignUpAsync();
        using var before = await user.Client.GetAsync(AuthApi.Me, Ct);
        await before.ShouldBeAsync(HttpStatusCode.OK);

        using var logout = await user.Client.PostAsJsonAsync(AuthApi.Logout, new { refresh = user.RefreshToken }, Ct);
        await logout.ShouldBeAsync(HttpStatusCode.NoContent);

        using var after = await user.Client.GetAsync(AuthApi.Me, Ct);
        var problem = await after.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_on_a_cluster_too()
    {
        var account = TestAccount.Fake();
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{Interlocked.Increment(ref _lastAddress)}");
        await AuthApi.RegisterAsync(client, account);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync(AuthApi.Login, new { username = account.Username, password = "Wrong-Password-1" }, Ct);
            await wrong.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var locked = await client.PostAsJsonAsync(AuthApi.Login, new { username = account.Username, password = account.Password }, Ct);

        await locked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
    }
}
