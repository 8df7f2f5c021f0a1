using StackExchange.Redis;

namespace Agrovet.Marketplace.Tests;

/// <summary>Ad details are cached in memory and Redis, and every change shows on the very next read.</summary>
public sealed class CacheTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task An_edit_shows_on_the_next_read()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();
        using var anonymous = api.Anonymous();
        await anonymous.GetJsonAsync(AdBodies.Ad(id));

        using (var edit = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Vaca Jersey", price = "10.00" }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }

        var read = await anonymous.GetJsonAsync(AdBodies.Ad(id));
        Assert.Equal(("Vaca Jersey", "10.00"), (read.GetProperty("title").GetString(), read.GetProperty("price").GetString()));
    }

    [Fact]
    public async Task Purchases_cancellations_and_withdrawals_show_on_the_next_read()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 3));
        using var anonymous = api.Anonymous();
        await anonymous.GetJsonAsync(AdBodies.Ad(id));

        var order = (await buyer.BuyAsync(id, 3)).GetProperty("id").GetInt64();
        var afterPurchase = await anonymous.GetJsonAsync(AdBodies.Ad(id));
        using (var cancel = await buyer.Client.PostAsync($"{AdBodies.Order(order)}cancel/", null, Ct))
        {
            await cancel.ShouldBeAsync(HttpStatusCode.OK);
        }

        var afterCancel = await anonymous.GetJsonAsync(AdBodies.Ad(id));
        using (var withdraw = await seller.Client.DeleteAsync(AdBodies.Ad(id), Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, withdraw.StatusCode);
        }

        var afterWithdraw = await anonymous.GetJsonAsync(AdBodies.Ad(id));
        Assert.Equal((0, "sold_out"), (afterPurchase.GetProperty("stock").GetInt32(), afterPurchase.GetProperty("status").GetString()));
        Assert.Equal((3, "active"), (afterCancel.GetProperty("stock").GetInt32(), afterCancel.GetProperty("status").GetString()));
        Assert.Equal("withdrawn", afterWithdraw.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_read_ad_is_kept_in_Redis_and_dropped_there_when_it_changes()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();
        using var anonymous = api.Anonymous();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(api.Auth.RedisConnectionString);
        var key = $"{api.CacheKeyPrefix}ad:{id}";

        await anonymous.GetJsonAsync(AdBodies.Ad(id));
        await Poll.UntilAsync(() => redis.GetDatabase().KeyExistsAsync(key), MarketplaceApiFactory.Patience, "the ad to reach Redis", Ct);
        using (var edit = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { stock = 9 }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }

        Assert.False(await redis.GetDatabase().KeyExistsAsync(key));
    }
}
