namespace Agrovet.Marketplace.Tests;

/// <summary>Listing and search. Each test tags its ads with a word of its own, or lists its own seller's ads, and searches within them.</summary>
public sealed class SearchTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task Spanish_words_are_found_whatever_their_accents_and_endings()
    {
        var seller = await api.SignUpAsync("specialist");
        var tag = Tag();
        var id = await seller.CreateAdIdAsync(("title", $"Vacunación antiaftosa {tag}"), ("category", "veterinary/vaccines"));

        foreach (var query in new[] { "vacunacion", "vacunación", "VACUNACIONES", "antiaftosa" })
        {
            var page = await SearchAsync($"?q={Uri.EscapeDataString($"{query} {tag}")}");
            Assert.Equal([id], Ids(page));
        }
    }

    [Fact]
    public async Task Search_results_carry_the_whole_ad()
    {
        var seller = await api.SignUpAsync("businessman");
        var photo = await api.UploadMediaAsync(seller.Id);
        var tag = Tag();
        var id = await seller.CreateAdIdAsync(("title", $"Semilla de alfalfa {tag}"), ("media_ids", new[] { photo }));
        using var anonymous = api.Anonymous();

        var detail = await anonymous.GetJsonAsync(AdBodies.Ad(id));
        var ranked = (await SearchAsync($"?q={tag}")).GetProperty("results")[0];
        var newest = (await SearchAsync($"?q={tag}&sort=newest")).GetProperty("results")[0];

        Assert.Equal(detail.ToString(), ranked.ToString());
        Assert.Equal(detail.ToString(), newest.ToString());
    }

    [Fact]
    public async Task English_words_are_found_by_their_stem()
    {
        var seller = await api.SignUpAsync("businessman");
        var tag = Tag();
        var id = await seller.CreateAdIdAsync(("title", $"Clostridial vaccines for calves {tag}"), ("description", "Protects young cattle."));

        Assert.Equal([id], Ids(await SearchAsync($"?q=vaccine+calves+{tag}")));
        Assert.Equal([id], Ids(await SearchAsync($"?q=protecting+{tag}")));
        Assert.Empty(Ids(await SearchAsync($"?q=tractor+{tag}")));
    }

    [Fact]
    public async Task A_match_in_the_title_ranks_above_a_match_in_the_description()
    {
        var seller = await api.SignUpAsync("businessman");
        var tag = Tag();
        var inDescription = await seller.CreateAdIdAsync(("title", $"Fardos de pradera {tag}"), ("description", "Mezcla con alfalfa de primer corte."));
        var inTitle = await seller.CreateAdIdAsync(("title", $"Alfalfa en fardos {tag}"), ("description", "Primer corte, sin lluvia."));

        var page = await SearchAsync($"?q=alfalfa+{tag}");

        Assert.Equal([inTitle, inDescription], Ids(page));
        Assert.Equal([inDescription, inTitle], Ids(await SearchAsync($"?q=alfalfa+{tag}&sort=oldest")));
    }

    [Fact]
    public async Task Filters_combine_and_the_count_is_exact()
    {
        var seller = await api.SignUpAsync("businessman");
        const string region = "CO-COR";
        var cattle = await seller.CreateAdIdAsync(("region", region), ("category", "livestock/cattle"), ("price", "100.00"));
        var pigs = await seller.CreateAdIdAsync(("region", region), ("category", "livestock/pigs"), ("price", "250.00"));
        var livestock = await seller.CreateAdIdAsync(("region", region), ("category", "livestock"), ("price", "75.00"), ("stock", 0));
        var hay = await seller.CreateAdIdAsync(("region", region), ("category", "feed/forage"), ("price", "40.50"));
        var inRegion = $"?region=co-cor&seller={seller.Id}";

        Assert.Equal(4, (await SearchAsync(inRegion)).GetProperty("count").GetInt64());
        Assert.Equal([livestock, pigs, cattle], Ids(await SearchAsync($"{inRegion}&category=livestock")).Order().Reverse());
        Assert.Equal([pigs], Ids(await SearchAsync($"{inRegion}&category=livestock/pigs")));
        Assert.Equal([cattle, pigs], Ids(await SearchAsync($"{inRegion}&min_price=100&max_price=250&sort=price")));
        Assert.Equal([pigs, cattle, hay], Ids(await SearchAsync($"{inRegion}&in_stock=true&sort=-price")));
        Assert.Equal([hay, livestock, cattle, pigs], Ids(await SearchAsync($"{inRegion}&ordering=price")));
    }

    [Fact]
    public async Task A_search_by_relevance_takes_every_filter_and_counts_exactly()
    {
        var seller = await api.SignUpAsync("businessman");
        var tag = Tag();
        const string region = "CO-COR";
        var cattle = await seller.CreateAdIdAsync(("title", $"Novillos {tag}"), ("region", region), ("category", "livestock/cattle"), ("price", "100.00"));
        await seller.CreateAdIdAsync(("title", $"Lechones {tag}"), ("region", region), ("category", "livestock/pigs"), ("price", "300.00"));
        await seller.CreateAdIdAsync(("title", $"Terneros {tag}"), ("region", region), ("category", "livestock/cattle"), ("price", "120.00"), ("stock", 0));
        await seller.CreateAdIdAsync(("title", $"Fardos {tag}"), ("region", region), ("category", "feed/forage"), ("price", "50.00"));
        await seller.CreateAdIdAsync(("title", $"Fardos {tag}"), ("region", "CO-ANT"), ("category", "feed/forage"), ("price", "50.00"));
        var search = $"?q={tag}&region={region}";

        var filtered = await SearchAsync($"{search}&category=livestock&min_price=60&max_price=200&in_stock=true");
        var secondPage = await SearchAsync($"{search}&page_size=3&page=2");
        var pastTheEnd = await SearchAsync($"{search}&page_size=3&page=3");

        Assert.Equal([cattle], Ids(filtered));
        Assert.Equal(1, filtered.GetProperty("count").GetInt64());
        Assert.Equal((4L, 1), (secondPage.GetProperty("count").GetInt64(), Ids(secondPage).Count));
        Assert.Equal((4L, 0), (pastTheEnd.GetProperty("count").GetInt64(), Ids(pastTheEnd).Count));
        Assert.Equal(0, (await SearchAsync($"?q={tag}+ausente")).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Pages_link_to_each_other_and_never_overlap()
    {
        var seller = await api.SignUpAsync("businessman");
        const string region = "AR-X";
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await seller.CreateAdIdAsync(("region", region)));
        }

        var first = await SearchAsync($"?region={region}&seller={seller.Id}&page_size=2");
        var second = await api.Anonymous().GetJsonAsync(new Uri(first.GetProperty("next").GetString()!).PathAndQuery);
        var third = await api.Anonymous().GetJsonAsync(new Uri(second.GetProperty("next").GetString()!).PathAndQuery);

        Assert.Equal(5, first.GetProperty("count").GetInt64());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("previous").ValueKind);
        Assert.NotNull(third.GetProperty("previous").GetString());
        Assert.Equal(JsonValueKind.Null, third.GetProperty("next").ValueKind);
        Assert.Equal(Enumerable.Reverse(ids), Ids(first).Concat(Ids(second)).Concat(Ids(third)));
        Assert.Empty(Ids(await SearchAsync($"?region={region}&seller={seller.Id}&page_size=2&page=9")));
    }

    [Fact]
    public async Task Withdrawn_ads_leave_the_listing_but_their_seller_and_admins_still_see_them()
    {
        var seller = await api.SignUpAsync("businessman");
        var admin = await api.SignInAdminAsync();
        const string region = "MX-JAL";
        var kept = await seller.CreateAdIdAsync(("region", region));
        var withdrawn = await seller.CreateAdIdAsync(("region", region));
        using (var response = await seller.Client.DeleteAsync(AdBodies.Ad(withdrawn), Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        var inRegion = $"?region={region}&seller={seller.Id}";
        Assert.Equal([kept], Ids(await SearchAsync(inRegion)));
        Assert.Equal([withdrawn, kept], Ids(await seller.Client.GetJsonAsync($"{AdBodies.Ads}{inRegion}")));
        Assert.Equal([withdrawn], Ids(await seller.Client.GetJsonAsync($"{AdBodies.Ads}{inRegion}&status=withdrawn")));
        Assert.Equal([withdrawn], Ids(await admin.Client.GetJsonAsync($"{AdBodies.Ads}{inRegion}&status=withdrawn")));
        Assert.Equal([withdrawn, kept], Ids(await admin.Client.GetJsonAsync($"{AdBodies.Ads}{inRegion}")));
    }

    [Fact]
    public async Task A_deactivated_sellers_ads_leave_the_listing_until_they_are_reactivated()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var authAdmin = await api.Auth.SignInAdminAsync();
        const string region = "PE-CUS";
        var id = await seller.CreateAdIdAsync(("region", region));
        var inRegion = $"?region={region}&seller={seller.Id}";

        using (var deactivate = await authAdmin.Client.PatchAsJsonAsync($"{AuthApi.Users}{seller.Id}/", new { is_active = false }, Ct))
        {
            await deactivate.ShouldBeAsync(HttpStatusCode.OK);
        }

        await Poll.UntilAsync(async () => Ids(await SearchAsync(inRegion)).Count == 0, MarketplaceApiFactory.Patience, "the ad to leave the listing", Ct);
        using (var purchase = await buyer.PurchaseAsync(id))
        {
            await purchase.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        using (var reactivate = await authAdmin.Client.PatchAsJsonAsync($"{AuthApi.Users}{seller.Id}/", new { is_active = true }, Ct))
        {
            await reactivate.ShouldBeAsync(HttpStatusCode.OK);
        }

        await Poll.UntilAsync(async () => Ids(await SearchAsync(inRegion)).Count == 1, MarketplaceApiFactory.Patience, "the ad to return to the listing", Ct);
        await buyer.BuyAsync(id);
    }

    private static string Tag() => "zq" + Guid.NewGuid().ToString("N")[..8];

    private async Task<JsonElement> SearchAsync(string query)
    {
        using var anonymous = api.Anonymous();
        return await anonymous.GetJsonAsync(AdBodies.Ads + query);
    }

    private static List<long> Ids(JsonElement page) => [.. page.GetProperty("results").EnumerateArray().Select(a => a.GetProperty("id").GetInt64())];
}
