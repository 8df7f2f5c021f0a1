using System.Globalization;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;
using StackExchange.Redis;

namespace Agrovet.Auth.Tests;

/// <summary>
/// Every process answers the denylist from its own copy: loaded from Redis, kept current by the announcements of the
/// processes that write it, loaded again when its connection to Redis comes back.
/// </summary>
public sealed class DenylistCopyTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    // Longer than the copy's retries after a failed load (1, 2, 4, 8, 16 s): the other test here cuts every
    // subscription of this Redis, and a load waits until the subscription is back.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task A_token_another_process_revokes_is_refused_here_once_announced()
    {
        var user = await api.SignUpAsync();
        await CopyIsCompleteAsync();
        await using var otherProcess = await ConnectionMultiplexer.ConnectAsync(api.RedisConnectionString);
        var otherDenylist = new RedisAccessTokenDenylist(
            otherProcess, new AccessTokenRevocations(TimeProvider.System), TimeProvider.System, NullLogger<RedisAccessTokenDenylist>.Instance);

        await otherDenylist.DenyTokenAsync(new JsonWebToken(user.AccessToken).Id, DateTimeOffset.UtcNow.AddMinutes(10), Ct);

        await RefusedWithinPatienceAsync(user);
    }

    [Fact]
    public async Task Requests_are_answered_from_the_copy_which_is_loaded_again_when_the_connection_comes_back()
    {
        var user = await api.SignUpAsync();
        await CopyIsCompleteAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(api.RedisConnectionString);
        // Written as no process of the platform writes it: without an announcement.
        await redis.GetDatabase().StringSetAsync($"agrovet:denylist:jti:{new JsonWebToken(user.AccessToken).Id}", "1", TimeSpan.FromMinutes(10));

        using (var fromTheCopy = await user.Client.GetAsync(AuthApi.Me, Ct))
        {
            await fromTheCopy.ShouldBeAsync(HttpStatusCode.OK);
        }

        // The subscriptions' connections drop; the service reconnects and loads the denylist again.
        var server = redis.GetServers().Single();
        await server.ExecuteAsync("CLIENT", "KILL", "TYPE", "pubsub");

        await RefusedWithinPatienceAsync(user);
    }

    [Fact]
    public async Task A_revocation_of_the_same_user_id_in_another_redis_database_is_not_applied_here()
    {
        var user = await api.SignUpAsync();
        await CopyIsCompleteAsync();
        // Another platform on the same Redis server, in a database no test class is given.
        var elsewhere = ConfigurationOptions.Parse(api.RedisConnectionString);
        elsewhere.DefaultDatabase = 1023;
        await using var otherPlatform = await ConnectionMultiplexer.ConnectAsync(elsewhere);
        var otherDenylist = new RedisAccessTokenDenylist(
            otherPlatform, new AccessTokenRevocations(TimeProvider.System), TimeProvider.System, NullLogger<RedisAccessTokenDenylist>.Instance);

        await otherDenylist.DenyUserTokensIssuedBeforeAsync(user.Id.ToString(CultureInfo.InvariantCulture), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), Ct);
        // Announcements arrive within milliseconds: had it been applied here, it would have been by now.
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);

        using var me = await user.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeAsync(HttpStatusCode.OK);
    }

    private async Task CopyIsCompleteAsync()
    {
        var revocations = api.Services.GetRequiredService<AccessTokenRevocations>();
        var until = DateTime.UtcNow + Patience;
        while (!revocations.IsComplete)
        {
            Assert.True(DateTime.UtcNow < until, "the service's copy of the denylist never completed its first load");
            await Task.Delay(20, Ct);
        }
    }

    private static async Task RefusedWithinPatienceAsync(SignedInUser user)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            using var me = await user.Client.GetAsync(AuthApi.Me, Ct);
            if (me.StatusCode == HttpStatusCode.Unauthorized)
            {
                var problem = await me.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
                Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
                return;
            }

            await me.ShouldBeAsync(HttpStatusCode.OK);
            Assert.True(DateTime.UtcNow < until, "the revoked token was still accepted");
            await Task.Delay(20, Ct);
        }
    }
}
