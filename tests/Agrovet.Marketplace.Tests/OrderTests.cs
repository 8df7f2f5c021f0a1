namespace Agrovet.Marketplace.Tests;

public sealed class OrderTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task Buyers_and_sellers_list_their_own_orders_by_role()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync("specialist");
        var stranger = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 10));
        var bought = (await buyer.BuyAsync(id)).GetProperty("id").GetInt64();
        var sellersOwnAd = await buyer.CreateAdIdAsync();
        var sold = (await seller.BuyAsync(sellersOwnAd)).GetProperty("id").GetInt64();

        Assert.Equal([bought], Ids(await buyer.Client.GetJsonAsync($"{AdBodies.Orders}?role=buyer")));
        Assert.Equal([sold], Ids(await buyer.Client.GetJsonAsync($"{AdBodies.Orders}?role=seller")));
        Assert.Equal([sold, bought], Ids(await buyer.Client.GetJsonAsync(AdBodies.Orders)));
        Assert.Equal([bought, sold], Ids(await buyer.Client.GetJsonAsync($"{AdBodies.Orders}?ordering=created_at")));
        Assert.Equal(0, (await stranger.Client.GetJsonAsync(AdBodies.Orders)).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Admins_see_every_order_and_filter_them()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        var id = await seller.CreateAdIdAsync(("stock", 10));
        var order = (await buyer.BuyAsync(id)).GetProperty("id").GetInt64();

        Assert.Contains(order, Ids(await admin.Client.GetJsonAsync($"{AdBodies.Orders}?page_size=100")));
        Assert.Equal([order], Ids(await admin.Client.GetJsonAsync($"{AdBodies.Orders}?buyer={buyer.Id}&status=placed")));
        Assert.Equal([order], Ids(await admin.Client.GetJsonAsync($"{AdBodies.Orders}?ad={id}")));
        Assert.Empty(Ids(await admin.Client.GetJsonAsync($"{AdBodies.Orders}?ad={id}&status=shipped")));
        Assert.Equal(order, (await admin.Client.GetJsonAsync(AdBodies.Order(order))).GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task An_order_is_visible_to_its_buyer_and_seller_and_a_404_to_anyone_else()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var stranger = await api.SignUpAsync("businessman");
        var order = (await buyer.BuyAsync(await seller.CreateAdIdAsync())).GetProperty("id").GetInt64();
        using var anonymous = api.Anonymous();

        await buyer.Client.GetJsonAsync(AdBodies.Order(order));
        await seller.Client.GetJsonAsync(AdBodies.Order(order));
        using var strangers = await stranger.Client.GetAsync(AdBodies.Order(order), Ct);
        using var unknown = await buyer.Client.GetAsync(AdBodies.Order(987_654_321), Ct);
        using var unauthenticated = await anonymous.GetAsync(AdBodies.Order(order), Ct);
        using var unauthenticatedList = await anonymous.GetAsync(AdBodies.Orders, Ct);

        await strangers.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unauthenticated.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await unauthenticatedList.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_order_goes_from_placed_to_shipped_to_completed()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var order = (await buyer.BuyAsync(await seller.CreateAdIdAsync())).GetProperty("id").GetInt64();

        var shipped = await ActAsync(seller, order, "ship", HttpStatusCode.OK);
        var completed = await ActAsync(buyer, order, "complete", HttpStatusCode.OK);

        Assert.Equal("shipped", shipped.GetProperty("status").GetString());
        Assert.Equal("completed", completed.GetProperty("status").GetString());
        Assert.Equal("completed", (await buyer.Client.GetJsonAsync(AdBodies.Order(order))).GetProperty("status").GetString());
        Assert.Equal([order], Ids(await buyer.Client.GetJsonAsync($"{AdBodies.Orders}?status=completed")));
    }

    [Fact]
    public async Task Only_the_seller_ships_and_only_the_buyer_completes()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        var stranger = await api.SignUpAsync();
        var order = (await buyer.BuyAsync(await seller.CreateAdIdAsync())).GetProperty("id").GetInt64();

        await ActAsync(buyer, order, "ship", HttpStatusCode.Forbidden);
        await ActAsync(admin, order, "ship", HttpStatusCode.Forbidden);
        await ActAsync(stranger, order, "ship", HttpStatusCode.NotFound);
        await ActAsync(seller, order, "ship", HttpStatusCode.OK);
        await ActAsync(seller, order, "complete", HttpStatusCode.Forbidden);
        await ActAsync(stranger, order, "complete", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Steps_out_of_order_are_conflicts()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var order = (await buyer.BuyAsync(await seller.CreateAdIdAsync())).GetProperty("id").GetInt64();

        var early = await ActAsync(buyer, order, "complete", HttpStatusCode.Conflict);
        await ActAsync(seller, order, "ship", HttpStatusCode.OK);
        await ActAsync(seller, order, "ship", HttpStatusCode.Conflict);
        await ActAsync(buyer, order, "complete", HttpStatusCode.OK);
        await ActAsync(seller, order, "cancel", HttpStatusCode.Conflict);
        await ActAsync(buyer, order, "complete", HttpStatusCode.Conflict);

        Assert.Contains("placed", early.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_returns_the_units_and_reactivates_a_sold_out_ad()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 2));
        var order = (await buyer.BuyAsync(id, 2)).GetProperty("id").GetInt64();
        Assert.Equal("sold_out", (await buyer.Client.GetJsonAsync(AdBodies.Ad(id))).GetProperty("status").GetString());

        var cancelled = await ActAsync(buyer, order, "cancel", HttpStatusCode.OK);
        await ActAsync(buyer, order, "cancel", HttpStatusCode.Conflict);

        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        var ad = await buyer.Client.GetJsonAsync(AdBodies.Ad(id));
        Assert.Equal((2, "active"), (ad.GetProperty("stock").GetInt32(), ad.GetProperty("status").GetString()));
        var changed = await api.WaitForEventAsync("add.updated", id, e => e.GetProperty("stock").GetInt32() == 2);
        Assert.Contains("stock", changed.GetProperty("changed").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Once_shipped_only_an_admin_can_cancel()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        var id = await seller.CreateAdIdAsync(("stock", 5));
        var first = (await buyer.BuyAsync(id)).GetProperty("id").GetInt64();
        var second = (await buyer.BuyAsync(id)).GetProperty("id").GetInt64();
        await ActAsync(seller, first, "ship", HttpStatusCode.OK);
        await ActAsync(seller, second, "ship", HttpStatusCode.OK);

        var buyerRefused = await ActAsync(buyer, first, "cancel", HttpStatusCode.Conflict);
        var sellerRefused = await ActAsync(seller, first, "cancel", HttpStatusCode.Conflict);
        await ActAsync(admin, second, "cancel", HttpStatusCode.OK);

        Assert.Contains("can no longer be cancelled", buyerRefused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("can no longer be cancelled", sellerRefused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, (await buyer.Client.GetJsonAsync(AdBodies.Ad(id))).GetProperty("stock").GetInt32());
    }

    [Theory]
    [InlineData("?role=owner", "role")]
    [InlineData("?status=lost", "status")]
    [InlineData("?ordering=total", "ordering")]
    [InlineData("?page_size=0", "page_size")]
    public async Task Bad_order_list_parameters_are_named(string query, string field)
    {
        var user = await api.SignUpAsync();

        using var response = await user.Client.GetAsync(AdBodies.Orders + query, Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Fact]
    public async Task Acting_on_an_unknown_order_is_a_404()
    {
        var user = await api.SignUpAsync();

        foreach (var action in new[] { "ship", "complete", "cancel" })
        {
            await ActAsync(user, 987_654_321, action, HttpStatusCode.NotFound);
        }
    }

    private static async Task<JsonElement> ActAsync(SignedInUser member, long order, string action, HttpStatusCode expected)
    {
        using var response = await member.Client.PostAsync($"{AdBodies.Order(order)}{action}/", null, Ct);
        return expected == HttpStatusCode.OK ? await response.ShouldBeAsync(expected) : await response.ShouldBeProblemAsync(expected);
    }

    private static List<long> Ids(JsonElement page) => [.. page.GetProperty("results").EnumerateArray().Select(o => o.GetProperty("id").GetInt64())];
}
