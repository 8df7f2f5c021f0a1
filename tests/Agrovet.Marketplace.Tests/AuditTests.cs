namespace Agrovet.Marketplace.Tests;

/// <summary>Administrators' changes to ads and orders leave an audit entry in the same transaction; nobody else's do.</summary>
public sealed class AuditTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task An_admins_edit_of_an_ad_is_recorded_with_the_fields_it_changed()
    {
        var seller = await api.SignUpAsync("businessman");
        var admin = await api.SignInAdminAsync();
        var id = await seller.CreateAdIdAsync(("title", "Vaca Holstein"), ("stock", 5));

        using var edit = await admin.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Vaca Holstein (revisado)", price = "99.90", stock = 0, region = "CO-COR" }, Ct);

        await edit.ShouldBeAsync(HttpStatusCode.OK);
        var entry = await api.SingleAuditEntryAsync("ad", id);
        Assert.Equal(admin.Id, entry.GetProperty("actor_id").GetInt64());
        Assert.Equal(admin.Account.Username, entry.GetProperty("actor_username").GetString());
        Assert.Equal("update", entry.GetProperty("action").GetString());
        Assert.Equal("ad", entry.GetProperty("object_type").GetString());
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.GetProperty("object_id").GetString());
        Assert.Equal("Vaca Holstein (revisado)", entry.GetProperty("object_repr").GetString());
        var changes = entry.Changes();
        Assert.Equal(["price", "status", "stock", "title"], changes.Keys.Order(StringComparer.Ordinal)); // region was sent unchanged
        Assert.Equal(("Vaca Holstein", "Vaca Holstein (revisado)"), changes["title"]);
        Assert.Equal(99.90m, entry.GetProperty("changes").GetProperty("price")[1].GetDecimal());
        Assert.Equal(1250.50m, entry.GetProperty("changes").GetProperty("price")[0].GetDecimal());
        Assert.Equal(("5", "0"), changes["stock"]);
        Assert.Equal(("active", "sold_out"), changes["status"]);
    }

    [Fact]
    public async Task A_sellers_own_edit_and_withdrawal_are_not_audited()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();

        using (var edit = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Vaca Jersey" }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }

        using (var withdraw = await seller.Client.DeleteAsync(AdBodies.Ad(id), Ct))
        {
            await withdraw.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        await api.WaitForEventAsync("add.updated", id, e => e.GetProperty("status").GetString() == "withdrawn");
        Assert.Empty(await api.AuditEntriesAsync("ad", id));
    }

    [Fact]
    public async Task An_admins_edit_that_fails_or_changes_nothing_is_not_audited()
    {
        var seller = await api.SignUpAsync("businessman");
        var admin = await api.SignInAdminAsync();
        var id = await seller.CreateAdIdAsync(("title", "Vaca Holstein"));
        const long unknown = 987_654_321;

        using var invalid = await admin.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Vaca", price = "1.23456" }, Ct);
        using var missing = await admin.Client.PatchAsJsonAsync(AdBodies.Ad(unknown), new { title = "Vaca Jersey" }, Ct);
        using var missingWithdrawal = await admin.Client.DeleteAsync(AdBodies.Ad(unknown), Ct);
        using var unchanged = await admin.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Vaca Holstein" }, Ct);

        await invalid.ShouldHaveFieldErrorAsync("price");
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await missingWithdrawal.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unchanged.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Empty(await api.AuditEntriesAsync("ad", id));
        Assert.Empty(await api.AuditEntriesAsync("ad", unknown));
    }

    [Fact]
    public async Task An_admins_withdrawal_is_recorded_once()
    {
        var seller = await api.SignUpAsync("businessman");
        var admin = await api.SignInAdminAsync();
        var id = await seller.CreateAdIdAsync(("title", "Tractor usado"));

        using var first = await admin.Client.DeleteAsync(AdBodies.Ad(id), Ct);
        using var again = await admin.Client.DeleteAsync(AdBodies.Ad(id), Ct);

        await first.ShouldBeAsync(HttpStatusCode.NoContent);
        await again.ShouldBeAsync(HttpStatusCode.NoContent);
        var entry = await api.SingleAuditEntryAsync("ad", id);
        Assert.Equal("withdraw", entry.GetProperty("action").GetString());
        Assert.Equal("Tractor usado", entry.GetProperty("object_repr").GetString());
        Assert.Equal(("active", "withdrawn"), Assert.Single(entry.Changes()).Value);
    }

    [Fact]
    public async Task A_bulk_withdrawal_records_one_entry_per_ad_it_withdrew()
    {
        var seller = await api.SignUpAsync("businessman");
        var admin = await api.SignInAdminAsync();
        var active = await seller.CreateAdIdAsync();
        var soldOut = await seller.CreateAdIdAsync(("stock", 0));
        var already = await seller.CreateAdIdAsync();
        using (var withdraw = await seller.Client.DeleteAsync(AdBodies.Ad(already), Ct))
        {
            await withdraw.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        using var response = await admin.Client.PostAsJsonAsync("/api/adds/bulk-withdraw/", new { ids = new[] { soldOut, active, already, 987_654_322 } }, Ct);

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var fromActive = await api.SingleAuditEntryAsync("ad", active);
        var fromSoldOut = await api.SingleAuditEntryAsync("ad", soldOut);
        Assert.Equal(("withdraw", "withdraw"), (fromActive.GetProperty("action").GetString(), fromSoldOut.GetProperty("action").GetString()));
        Assert.Equal(("active", "withdrawn"), fromActive.Changes()["status"]);
        Assert.Equal(("sold_out", "withdrawn"), fromSoldOut.Changes()["status"]);
        Assert.Empty(await api.AuditEntriesAsync("ad", already));
        Assert.Empty(await api.AuditEntriesAsync("ad", 987_654_322));
    }

    [Fact]
    public async Task An_admins_cancellation_of_a_shipped_order_is_recorded_and_a_refused_one_is_not()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        var order = (await buyer.BuyAsync(await seller.CreateAdIdAsync(("stock", 3)))).GetProperty("id").GetInt64();
        await ActAsync(seller, order, "ship", HttpStatusCode.OK);

        await ActAsync(admin, order, "cancel", HttpStatusCode.OK);
        await ActAsync(admin, order, "cancel", HttpStatusCode.Conflict);
        await ActAsync(admin, 987_654_323, "cancel", HttpStatusCode.NotFound);

        var entry = await api.SingleAuditEntryAsync("order", order);
        Assert.Equal("cancel", entry.GetProperty("action").GetString());
        Assert.Equal("order", entry.GetProperty("object_type").GetString());
        Assert.Equal($"Order #{order}", entry.GetProperty("object_repr").GetString());
        Assert.Equal(("shipped", "cancelled"), Assert.Single(entry.Changes()).Value);
        Assert.Empty(await api.AuditEntriesAsync("order", 987_654_323));
    }

    [Fact]
    public async Task Buyers_and_sellers_moving_their_orders_are_not_audited_but_an_admin_buying_is()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        var ad = await seller.CreateAdIdAsync(("stock", 5));
        var byBuyer = (await buyer.BuyAsync(ad)).GetProperty("id").GetInt64();
        var cancelled = (await buyer.BuyAsync(ad)).GetProperty("id").GetInt64();
        var byAdmin = (await admin.BuyAsync(ad)).GetProperty("id").GetInt64();

        await ActAsync(seller, byBuyer, "ship", HttpStatusCode.OK);
        await ActAsync(buyer, byBuyer, "complete", HttpStatusCode.OK);
        await ActAsync(buyer, cancelled, "cancel", HttpStatusCode.OK);
        await ActAsync(seller, byAdmin, "ship", HttpStatusCode.OK);
        await ActAsync(admin, byAdmin, "complete", HttpStatusCode.OK);

        Assert.Empty(await api.AuditEntriesAsync("order", byBuyer));
        Assert.Empty(await api.AuditEntriesAsync("order", cancelled));
        var entry = await api.SingleAuditEntryAsync("order", byAdmin);
        Assert.Equal("complete", entry.GetProperty("action").GetString());
        Assert.Equal(("shipped", "completed"), Assert.Single(entry.Changes()).Value);
    }

    private static async Task<JsonElement> ActAsync(SignedInUser who, long order, string action, HttpStatusCode expected)
    {
        using var response = await who.Client.PostAsync($"{AdBodies.Order(order)}{action}/", null, Ct);
        return expected == HttpStatusCode.OK ? await response.ShouldBeAsync(expected) : await response.ShouldBeProblemAsync(expected);
    }
}
