namespace Agrovet.Marketplace.Tests;

public sealed class AdTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Theory]
    [InlineData("businessman")]
    [InlineData("specialist")]
    public async Task Sellers_publish_ads_that_anyone_can_read(string role)
    {
        var seller = await api.SignUpAsync(role);

        var ad = await seller.CreateAdAsync(("price", 1250.5m), ("stock", 3));

        Assert.Equal("Vaca Holstein lechera", ad.GetProperty("title").GetString());
        Assert.Equal("1250.50", ad.GetProperty("price").GetString());
        Assert.Equal("USD", ad.GetProperty("currency").GetString());
        Assert.Equal(3, ad.GetProperty("stock").GetInt32());
        Assert.Equal("livestock/cattle", ad.GetProperty("category").GetString());
        Assert.Equal("active", ad.GetProperty("status").GetString());
        Assert.Equal(seller.Id, ad.GetProperty("seller").GetProperty("id").GetInt64());
        Assert.Equal(seller.Account.Username, ad.GetProperty("seller").GetProperty("username").GetString());
        using var anonymous = api.Anonymous();
        var read = await anonymous.GetJsonAsync(AdBodies.Ad(ad.GetProperty("id").GetInt64()));
        Assert.Equal(ad.ToString(), read.ToString());
    }

    [Fact]
    public async Task An_ad_published_without_stock_is_sold_out()
    {
        var seller = await api.SignUpAsync("businessman");

        var ad = await seller.CreateAdAsync(("stock", 0));

        Assert.Equal("sold_out", ad.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Consumers_cannot_publish_ads()
    {
        var consumer = await api.SignUpAsync("consumer");

        using var response = await consumer.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(), Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Business/Seller", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_callers_are_asked_to_sign_in_to_publish_edit_or_withdraw()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();
        using var anonymous = api.Anonymous();

        using var create = await anonymous.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(), Ct);
        using var edit = await anonymous.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Otro título" }, Ct);
        using var withdraw = await anonymous.DeleteAsync(AdBodies.Ad(id), Ct);

        await create.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await edit.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await withdraw.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_seller_edits_only_the_fields_sent()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();

        using var response = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Vaca Jersey", price = 999.99m, stock = 0 }, Ct);

        var ad = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("Vaca Jersey", ad.GetProperty("title").GetString());
        Assert.Equal("999.99", ad.GetProperty("price").GetString());
        Assert.Equal("sold_out", ad.GetProperty("status").GetString());
        Assert.Equal(("CO-COR", "Córdoba"), (ad.GetProperty("region").GetString(), ad.GetProperty("region_name").GetString()));
        Assert.True(ad.GetProperty("updated_at").GetDateTime() > ad.GetProperty("created_at").GetDateTime());
    }

    [Fact]
    public async Task Restocking_a_sold_out_ad_makes_it_active_again()
    {
        var seller = await api.SignUpAsync("specialist");
        var id = await seller.CreateAdIdAsync(("stock", 0));

        using var response = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { stock = 4 }, Ct);

        Assert.Equal("active", (await response.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Another_seller_cannot_edit_or_withdraw_the_ad()
    {
        var seller = await api.SignUpAsync("businessman");
        var other = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();

        using var edit = await other.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Robada" }, Ct);
        using var withdraw = await other.Client.DeleteAsync(AdBodies.Ad(id), Ct);

        await edit.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await withdraw.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = api.Anonymous();
        Assert.Equal("Vaca Holstein lechera", (await anonymous.GetJsonAsync(AdBodies.Ad(id))).GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_admin_edits_and_withdraws_any_ad()
    {
        var seller = await api.SignUpAsync("businessman");
        var admin = await api.SignInAdminAsync();
        var id = await seller.CreateAdIdAsync();

        using var edit = await admin.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Título moderado" }, Ct);
        using var withdraw = await admin.Client.DeleteAsync(AdBodies.Ad(id), Ct);

        Assert.Equal("Título moderado", (await edit.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NoContent, withdraw.StatusCode);
        using var anonymous = api.Anonymous();
        Assert.Equal("withdrawn", (await anonymous.GetJsonAsync(AdBodies.Ad(id))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Withdrawing_twice_is_harmless_and_relisting_brings_the_ad_back()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();

        using var first = await seller.Client.DeleteAsync(AdBodies.Ad(id), Ct);
        using var second = await seller.Client.DeleteAsync(AdBodies.Ad(id), Ct);
        using var relist = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { status = "active" }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal("active", (await relist.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Photos_must_be_the_sellers_own_uploads()
    {
        var seller = await api.SignUpAsync("businessman");
        var someoneElse = await api.SignUpAsync("businessman");
        var mine = await api.UploadMediaAsync(seller.Id);
        var theirs = await api.UploadMediaAsync(someoneElse.Id);
        var neverUploaded = Guid.NewGuid();

        var ad = await seller.CreateAdAsync(("media_ids", new[] { mine }));
        using var foreign = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(("media_ids", new[] { theirs })), Ct);
        using var unknown = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(("media_ids", new[] { neverUploaded })), Ct);

        Assert.Equal(mine, ad.GetProperty("media_ids")[0].GetGuid());
        Assert.Contains("upload", (await foreign.ShouldHaveFieldErrorAsync("media_ids"))[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Upload it first", (await unknown.ShouldHaveFieldErrorAsync("media_ids"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_ads_are_404_problems()
    {
        var seller = await api.SignUpAsync("businessman");
        using var anonymous = api.Anonymous();

        using var read = await anonymous.GetAsync(AdBodies.Ad(987_654_321), Ct);
        using var edit = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(987_654_321), new { title = "Nada" }, Ct);
        using var withdraw = await seller.Client.DeleteAsync(AdBodies.Ad(987_654_321), Ct);

        await read.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await edit.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await withdraw.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_category_tree_is_published()
    {
        using var anonymous = api.Anonymous();

        var tree = await anonymous.GetJsonAsync(AdBodies.Ads + "categories/");

        var top = tree.EnumerateArray().Select(c => c.GetProperty("slug").GetString()).ToList();
        Assert.Equal(["livestock", "feed", "veterinary", "seeds", "machinery", "services"], top);
        var veterinary = tree.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "veterinary");
        Assert.Contains("veterinary/vaccines", veterinary.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
    }
}
