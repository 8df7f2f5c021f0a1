namespace Agrovet.Marketplace.Tests;

/// <summary>
/// Ranked searches are remembered (count and best ids), and every change that can move an ad in or out of a search
/// shows on the very next identical search; the ads of a page are always read as they are now.
/// </summary>
public sealed class SearchCacheTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task A_new_ad_joins_a_search_that_was_just_answered()
    {
        var seller = await api.SignUpAsync("businessman");
        var tag = Tag();
        var first = await seller.CreateAdIdAsync(("title", $"Avena forrajera {tag}"));
        Assert.Equal(1, (await SearchAsync($"?q={tag}")).GetProperty("count").GetInt64());

        var second = await seller.CreateAdIdAsync(("title", $"Avena en grano {tag}"));

        var page = await SearchAsync($"?q={tag}");
        Assert.Equal(2, page.GetProperty("count").GetInt64());
        Assert.Equal([first, second], Ids(page).Order());
    }

    [Fact]
    public async Task Withdrawn_edited_away_and_sold_out_ads_leave_a_search_that_was_just_answered()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var tag = Tag();
        var withdrawn = await seller.CreateAdIdAsync(("title", $"Sembradora {tag}"));
        var renamed = await seller.CreateAdIdAsync(("title", $"Sembradora directa {tag}"));
        var soldOut = await seller.CreateAdIdAsync(("title", $"Sembradora neumática {tag}"), ("stock", 2));
        var kept = await seller.CreateAdIdAsync(("title", $"Sembradora de grano fino {tag}"));
        Assert.Equal(4, (await SearchAsync($"?q={tag}&in_stock=true")).GetProperty("count").GetInt64());

        using (var withdraw = await seller.Client.DeleteAsync(AdBodies.Ad(withdrawn), Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, withdraw.StatusCode);
        }

        var afterWithdrawal = Ids(await SearchAsync($"?q={tag}&in_stock=true"));
        using (var edit = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(renamed), new { title = "Rastra de discos" }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }

        var afterEdit = Ids(await SearchAsync($"?q={tag}&in_stock=true"));
        await buyer.BuyAsync(soldOut, 2);
        var afterSellingOut = await SearchAsync($"?q={tag}&in_stock=true");

        Assert.DoesNotContain(withdrawn, afterWithdrawal);
        Assert.Equal([kept, soldOut], afterEdit.Order().Reverse());
        Assert.Equal([kept], Ids(afterSellingOut));
        Assert.Equal(1, afterSellingOut.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task A_search_shows_the_stock_left_after_a_purchase()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var tag = Tag();
        var id = await seller.CreateAdIdAsync(("title", $"Bebederos {tag}"), ("stock", 5));
        Assert.Equal(5, (await SearchAsync($"?q={tag}")).GetProperty("results")[0].GetProperty("stock").GetInt32());

        await buyer.BuyAsync(id, 2);

        Assert.Equal(3, (await SearchAsync($"?q={tag}")).GetProperty("results")[0].GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task Deep_pages_past_the_remembered_ids_count_the_same()
    {
        var seller = await api.SignUpAsync("businessman");
        var tag = Tag();
        for (var i = 0; i < 3; i++)
        {
            await seller.CreateAdIdAsync(("title", $"Comederos {tag}"));
        }

        var firstPage = await SearchAsync($"?q={tag}&page_size=100");
        var deepPage = await SearchAsync($"?q={tag}&page_size=100&page=50");

        Assert.Equal((3L, 3), (firstPage.GetProperty("count").GetInt64(), Ids(firstPage).Count));
        Assert.Equal((3L, 0), (deepPage.GetProperty("count").GetInt64(), Ids(deepPage).Count));
    }

    private static string Tag() => "zq" + Guid.NewGuid().ToString("N")[..8];

    private async Task<JsonElement> SearchAsync(string query)
    {
        using var anonymous = api.Anonymous();
        return await anonymous.GetJsonAsync(AdBodies.Ads + query);
    }

    private static List<long> Ids(JsonElement page) => [.. page.GetProperty("results").EnumerateArray().Select(a => a.GetProperty("id").GetInt64())];
}
