using StackExchange.Redis;

namespace Agrovet.Marketplace.Tests;

/// <summary>The ad cache (HybridCache over Redis, tag invalidation) with Redis a 3-node Redis Cluster.</summary>
public sealed class CacheOnARedisClusterTests(RedisClusterMarketplaceFactory api) : IClassFixture<RedisClusterMarketplaceFactory>
{
    [Fact]
    public async Task A_read_ad_is_kept_in_the_cluster_and_an_edit_drops_it_and_shows_on_the_next_read()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();
        using var anonymous = api.Anonymous();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(api.ClusterConnectionString);
        var key = $"{api.CacheKeyPrefix}ad:{id}";

        await anonymous.GetJsonAsync(AdBodies.Ad(id));
        await Poll.UntilAsync(() => redis.GetDatabase().KeyExistsAsync(key), MarketplaceApiFactory.Patience, "the ad to reach the cluster", Ct);
        using (var edit = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Vaca Jersey", price = "10.00" }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }

        Assert.False(await redis.GetDatabase().KeyExistsAsync(key));
        var read = await anonymous.GetJsonAsync(AdBodies.Ad(id));
        Assert.Equal(("Vaca Jersey", "10.00"), (read.GetProperty("title").GetString(), read.GetProperty("price").GetString()));
    }

    [Fact]
    public async Task A_purchase_shows_on_the_next_read_on_a_cluster()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 2));
        using var anonymous = api.Anonymous();
        await anonymous.GetJsonAsync(AdBodies.Ad(id));

        await buyer.BuyAsync(id, 2);

        var read = await anonymous.GetJsonAsync(AdBodies.Ad(id));
        Assert.Equal((0, "sold_out"), (read.GetProperty("stock").GetInt32(), read.GetProperty("status").GetString()));
    }
}
