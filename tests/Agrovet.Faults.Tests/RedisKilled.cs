using System.Net;
using Agrovet.LocalInfrastructure;
using Agrovet.Testing;

namespace Agrovet.Faults.Tests;

/// <summary>Redis is killed (SIGKILL; it keeps nothing on disk here, so it comes back empty) and started again.</summary>
public sealed class RedisKilled(FaultPlatform platform)
{
    private const int SignUpsWhileAway = 3;

    [Fact]
    public async Task While_Redis_is_away_reads_are_served_and_rate_limits_step_aside_and_no_event_raised_meanwhile_is_lost()
    {
        await platform.WaitUntilReadyAsync(Ct);
        var seller = await platform.SignUpAsync("businessman");
        var adId = await Ads.CreateWhenKnownAsync(seller, "Leído sin Redis", Ct);
        var redis = platform.Platform.Redis!;
        var pid = redis.ProcessId!.Value;
        ProcessSignals.Kill(pid);
        Assert.True(await ProcessSignals.WaitForExitAsync(pid, TimeSpan.FromSeconds(10), Ct));
        var registeredMeanwhile = new List<long>();
        try
        {
            // Anonymous reads pass the gateway's limiter, which lets requests through while it cannot count them.
            using (var list = await platform.Gateway.GetAsync("/api/adds/", Ct))
            {
                Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            }

            using (var ad = await platform.Gateway.GetAsync($"/api/adds/{adId}/", Ct))
            {
                Assert.Equal(HttpStatusCode.OK, ad.StatusCode);
            }

            // Signed-in reads: the token denylist cannot be asked, and fails open (tokens are short-lived).
            using (var me = await seller.Client.GetAsync(AuthApi.Me, Ct))
            {
                Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            }

            // Writes that raise events: stored with their outbox rows, relayed once Redis is back.
            for (var i = 0; i < SignUpsWhileAway; i++)
            {
                using var anonymous = platform.NewGatewayClient();
                registeredMeanwhile.Add(await AuthApi.RegisterAsync(anonymous, TestAccount.Fake()));
            }
        }
        finally
        {
            await redis.StartAsync(Ct);
        }

        await Poll.UntilAsync(
            async () => await platform.CountAsync("profiles", "SELECT count(*) FROM users WHERE id = ANY(@ids)", p => p.AddWithValue("ids", registeredMeanwhile.ToArray()), Ct) == SignUpsWhileAway
                && await platform.CountAsync("marketplace", "SELECT count(*) FROM users WHERE id = ANY(@ids)", p => p.AddWithValue("ids", registeredMeanwhile.ToArray()), Ct) == SignUpsWhileAway,
            TimeSpan.FromSeconds(60),
            "profiles and marketplace to learn of every user registered while Redis was away",
            Ct);
        var newcomer = await platform.SignUpAsync("businessman");
        await Ads.CreateWhenKnownAsync(newcomer, "Con Redis de vuelta", Ct);
    }
}
