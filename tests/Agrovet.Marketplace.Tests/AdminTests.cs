namespace Agrovet.Marketplace.Tests;

public sealed class AdminTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    private const string BulkWithdraw = "/api/adds/bulk-withdraw/";

    [Fact]
    public async Task An_admin_withdraws_many_ads_at_once()
    {
        var seller = await api.SignUpAsync("businessman");
        var admin = await api.SignInAdminAsync();
        var first = await seller.CreateAdIdAsync();
        var second = await seller.CreateAdIdAsync();
        var already = await seller.CreateAdIdAsync();
        using (var withdraw = await seller.Client.DeleteAsync(AdBodies.Ad(already), Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, withdraw.StatusCode);
        }

        using var response = await admin.Client.PostAsJsonAsync(BulkWithdraw, new { ids = new[] { second, first, already, 987_654_321, first } }, Ct);

        var result = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([first, second], result.GetProperty("withdrawn").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal([already], result.GetProperty("already_withdrawn").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal([987_654_321L], result.GetProperty("not_found").EnumerateArray().Select(e => e.GetInt64()));
        using var anonymous = api.Anonymous();
        Assert.Equal("withdrawn", (await anonymous.GetJsonAsync(AdBodies.Ad(first))).GetProperty("status").GetString());
        await api.WaitForEventAsync("add.updated", second, e => e.GetProperty("status").GetString() == "withdrawn");
    }

    [Fact]
    public async Task Only_admins_may_bulk_withdraw()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();
        using var anonymous = api.Anonymous();

        using var bySeller = await seller.Client.PostAsJsonAsync(BulkWithdraw, new { ids = new[] { id } }, Ct);
        using var byNobody = await anonymous.PostAsJsonAsync(BulkWithdraw, new { ids = new[] { id } }, Ct);

        await bySeller.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await byNobody.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("active", (await anonymous.GetJsonAsync(AdBodies.Ad(id))).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("{\"ids\": []}", "ids")]
    [InlineData("{}", "ids")]
    [InlineData("{\"ids\": \"1,2\"}", "ids")]
    [InlineData("{\"ids\": [\"x\"]}", "ids[0]")]
    public async Task A_bad_bulk_withdrawal_is_named(string body, string field)
    {
        var admin = await api.SignInAdminAsync();

        using var response = await admin.Client.PostAsync(BulkWithdraw, MarketplaceClient.Json(body), Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Fact]
    public async Task At_most_500_ads_are_withdrawn_per_call()
    {
        var admin = await api.SignInAdminAsync();

        using var response = await admin.Client.PostAsJsonAsync(BulkWithdraw, new { ids = Enumerable.Range(1, 501).ToArray() }, Ct);

        await response.ShouldHaveFieldErrorAsync("ids");
    }

    [Fact]
    public async Task Admins_export_ads_and_orders_as_CSV()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        var id = await seller.CreateAdIdAsync(("title", "Semilla de maíz, \"híbrida\""), ("stock", 3));
        await buyer.BuyAsync(id);

        using var ads = await admin.Client.GetAsync($"{AdBodies.Ads}?seller={seller.Id}&format=csv", Ct);
        using var orders = await admin.Client.GetAsync($"{AdBodies.Orders}?ad={id}&format=csv", Ct);

        Assert.Equal("text/csv", ads.Content.Headers.ContentType?.MediaType);
        var adLines = (await ads.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,title,price,currency,stock", adLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{id},\"Semilla de maíz, \"\"híbrida\"\"\",1250.50,USD,2,", adLines[1], StringComparison.Ordinal);
        var orderLines = (await orders.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, orderLines.Length);
        Assert.Contains(buyer.Account.Username, orderLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CSV_exports_are_for_admins_only()
    {
        var seller = await api.SignUpAsync("businessman");

        using var ads = await seller.Client.GetAsync($"{AdBodies.Ads}?format=csv", Ct);
        using var orders = await seller.Client.GetAsync($"{AdBodies.Orders}?format=csv", Ct);

        await ads.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await orders.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
