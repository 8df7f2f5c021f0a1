using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Tests;

public sealed class PurchaseTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task Buying_places_an_order_at_the_ads_price_and_takes_the_stock()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("price", "1250.50"), ("stock", 5), ("currency", "ARS"));

        using var response = await buyer.PurchaseAsync(id, 2);

        var order = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/orders/{order.GetProperty("id").GetInt64()}/", response.Headers.Location?.OriginalString);
        Assert.Equal(id, order.GetProperty("ad").GetInt64());
        Assert.Equal("Vaca Holstein lechera", order.GetProperty("ad_title").GetString());
        Assert.Equal(2, order.GetProperty("quantity").GetInt32());
        Assert.Equal("1250.50", order.GetProperty("unit_price").GetString());
        Assert.Equal("2501.00", order.GetProperty("total").GetString());
        Assert.Equal("ARS", order.GetProperty("currency").GetString());
        Assert.Equal("placed", order.GetProperty("status").GetString());
        Assert.Equal(buyer.Id, order.GetProperty("buyer").GetProperty("id").GetInt64());
        Assert.Equal(buyer.Account.Username, order.GetProperty("buyer").GetProperty("username").GetString());
        Assert.Equal(seller.Id, order.GetProperty("seller").GetProperty("id").GetInt64());
        Assert.Equal(3, (await buyer.Client.GetJsonAsync(AdBodies.Ad(id))).GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task Buying_the_last_units_sells_the_ad_out()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 2));

        await buyer.BuyAsync(id, 2);
        using var more = await buyer.PurchaseAsync(id);

        var problem = await more.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("sold out", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var ad = await buyer.Client.GetJsonAsync(AdBodies.Ad(id));
        Assert.Equal(("sold_out", 0), (ad.GetProperty("status").GetString(), ad.GetProperty("stock").GetInt32()));
    }

    [Fact]
    public async Task Asking_for_more_than_is_left_says_how_many_are_left()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 3));

        using var response = await buyer.PurchaseAsync(id, 4);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(3, problem.GetProperty("available").GetInt32());
        Assert.Contains("Only 3 left", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrying_with_the_same_key_returns_the_same_order_once()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 5));
        var key = Guid.NewGuid().ToString();

        using var first = await buyer.PurchaseAsync(id, new { quantity = 2 }, key);
        using var retry = await buyer.PurchaseAsync(id, new { quantity = 2 }, key);

        var original = await first.ShouldBeAsync(HttpStatusCode.Created);
        var replayed = await retry.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(original.GetProperty("id").GetInt64(), replayed.GetProperty("id").GetInt64());
        Assert.Equal(original.ToString(), replayed.ToString());
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(3, (await buyer.Client.GetJsonAsync(AdBodies.Ad(id))).GetProperty("stock").GetInt32());
        Assert.Equal(1, await api.InDbAsync(db => db.Orders.CountAsync(o => o.AdId == id, Ct)));
    }

    [Fact]
    public async Task A_key_reused_for_a_different_purchase_is_refused_with_422()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 5));
        var otherAd = await seller.CreateAdIdAsync(("stock", 5));
        var key = Guid.NewGuid().ToString();
        using (var first = await buyer.PurchaseAsync(id, new { quantity = 1 }, key))
        {
            await first.ShouldBeAsync(HttpStatusCode.Created);
        }

        using var otherQuantity = await buyer.PurchaseAsync(id, new { quantity = 2 }, key);
        using var otherItem = await buyer.PurchaseAsync(otherAd, new { quantity = 1 }, key);

        Assert.Contains("Idempotency-Key", (await otherQuantity.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await otherItem.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(4, (await buyer.Client.GetJsonAsync(AdBodies.Ad(id))).GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task Keys_belong_to_their_buyer()
    {
        var seller = await api.SignUpAsync("businessman");
        var one = await api.SignUpAsync();
        var another = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 5));
        var key = Guid.NewGuid().ToString();

        using var first = await one.PurchaseAsync(id, new { quantity = 1 }, key);
        using var second = await another.PurchaseAsync(id, new { quantity = 1 }, key);

        Assert.NotEqual(
            (await first.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64(),
            (await second.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_purchase_without_an_idempotency_key_is_a_bad_request(string? key)
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync();

        using var response = await buyer.PurchaseAsync(id, new { quantity = 1 }, key);

        Assert.Contains("Idempotency-Key", (await response.ShouldHaveFieldErrorAsync("Idempotency-Key"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlong_idempotency_key_is_a_bad_request()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync();

        using var response = await buyer.PurchaseAsync(id, new { quantity = 1 }, new string('k', 256));

        await response.ShouldHaveFieldErrorAsync("Idempotency-Key");
    }

    [Theory]
    [InlineData("{\"quantity\": 0}")]
    [InlineData("{\"quantity\": -1}")]
    [InlineData("{\"quantity\": 1000000000000}")]
    [InlineData("{\"quantity\": 10001}")]
    [InlineData("{\"quantity\": 1.5}")]
    [InlineData("{\"quantity\": \"one\"}")]
    [InlineData("{\"quantity\": true}")]
    [InlineData("{\"quantity\": null}")]
    [InlineData("{}")]
    public async Task A_quantity_that_is_not_a_whole_number_from_1_is_a_bad_request(string body)
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 100));

        using var request = new HttpRequestMessage(HttpMethod.Post, AdBodies.Purchase(id)) { Content = MarketplaceClient.Json(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await buyer.Client.SendAsync(request, Ct);

        await response.ShouldHaveFieldErrorAsync("quantity");
        Assert.Equal(100, (await buyer.Client.GetJsonAsync(AdBodies.Ad(id))).GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task Sellers_cannot_buy_their_own_ads()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();

        using var response = await seller.PurchaseAsync(id);

        Assert.Contains("your own ad", (await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawn_ads_cannot_be_bought()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync();
        using (var withdraw = await seller.Client.DeleteAsync(AdBodies.Ad(id), Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, withdraw.StatusCode);
        }

        using var response = await buyer.PurchaseAsync(id);

        Assert.Contains("withdrawn", (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buying_an_unknown_ad_is_a_404_and_anonymous_buyers_are_asked_to_sign_in()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync();
        using var anonymous = api.Anonymous();

        using var unknown = await buyer.PurchaseAsync(987_654_321);
        using var request = new HttpRequestMessage(HttpMethod.Post, AdBodies.Purchase(id)) { Content = JsonContent.Create(new { quantity = 1 }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var unauthenticated = await anonymous.SendAsync(request, Ct);

        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unauthenticated.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Specialists_businessmen_and_admins_can_buy_too()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync(("stock", 10));

        foreach (var buyer in new[] { await api.SignUpAsync("specialist"), await api.SignUpAsync("businessman"), await api.SignInAdminAsync() })
        {
            await buyer.BuyAsync(id);
        }
    }

    [Fact]
    public async Task Purchases_update_the_ad_in_place_without_index_writes()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 100));
        var before = await UpdateStatsAsync();

        for (var i = 0; i < 5; i++)
        {
            await buyer.BuyAsync(id);
        }

        // Table statistics reach pg_stat_user_tables within a second or so of each transaction (other tests' updates
        // may land in the window too, so only the HOT count is checked).
        await Poll.UntilAsync(
            async () => (await UpdateStatsAsync()).HotUpdates >= before.HotUpdates + 5,
            MarketplaceApiFactory.Patience,
            "the five purchases to be counted as HOT updates (no index entries written)",
            Ct);
    }

    private Task<(long Updates, long HotUpdates)> UpdateStatsAsync() => api.InDbAsync(async db =>
    {
        var updates = await db.Database
            .SqlQuery<long>($"SELECT n_tup_upd AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'adds'")
            .SingleAsync(Ct);
        var hotUpdates = await db.Database
            .SqlQuery<long>($"SELECT n_tup_hot_upd AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'adds'")
            .SingleAsync(Ct);
        return (updates, hotUpdates);
    });
}
