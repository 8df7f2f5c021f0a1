using Agrovet.Contracts.Events;
using Agrovet.Contracts.Media;

namespace Agrovet.Marketplace.Tests;

/// <summary>The marketplace's events leave through the outbox; media and user events from other services shape its ads.</summary>
public sealed class EventTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task Publishing_an_ad_raises_add_created()
    {
        var seller = await api.SignUpAsync("businessman");

        var id = await seller.CreateAdIdAsync(("price", "99.90"), ("stock", 7));

        var created = await api.WaitForEventAsync("add.created", id);
        Assert.Equal(seller.Id, created.GetProperty("seller_id").GetInt64());
        Assert.Equal(99.90m, created.GetProperty("price").GetDecimal());
        Assert.Equal(7, created.GetProperty("stock").GetInt32());
        Assert.Equal("livestock/cattle", created.GetProperty("category").GetString());
        Assert.Equal(("Córdoba", "CO-COR"), (created.GetProperty("region").GetString(), created.GetProperty("region_code").GetString()));
    }

    [Fact]
    public async Task Editing_raises_add_updated_naming_the_changed_fields()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();

        using (var edit = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Vaca Jersey", stock = 0, region = "CO-COR" }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }

        var updated = await api.WaitForEventAsync("add.updated", id);
        Assert.Equal(["title", "stock", "status"], updated.GetProperty("changed").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("sold_out", updated.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_purchase_raises_add_sold_with_the_order_and_selling_out_raises_add_updated()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync(("stock", 3), ("price", "10.00"));

        var first = await buyer.BuyAsync(id, 1);
        var last = await buyer.BuyAsync(id, 2);

        var sold = await api.WaitForEventAsync("add.sold", id, e => e.GetProperty("order_id").GetInt64() == first.GetProperty("id").GetInt64());
        Assert.Equal((1, 2, buyer.Id, seller.Id), (sold.GetProperty("quantity").GetInt32(), sold.GetProperty("stock_left").GetInt32(), sold.GetProperty("buyer_id").GetInt64(), sold.GetProperty("seller_id").GetInt64()));
        var soldOut = await api.WaitForEventAsync("add.sold", id, e => e.GetProperty("order_id").GetInt64() == last.GetProperty("id").GetInt64());
        Assert.Equal((0, 20.00m), (soldOut.GetProperty("stock_left").GetInt32(), soldOut.GetProperty("total").GetDecimal()));
        var updated = await api.WaitForEventAsync("add.updated", id, e => e.GetProperty("status").GetString() == "sold_out");
        Assert.Equal(0, updated.GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task A_deleted_photo_disappears_from_the_ads_showing_it()
    {
        var seller = await api.SignUpAsync("businessman");
        var kept = await api.UploadMediaAsync(seller.Id);
        var deleted = await api.UploadMediaAsync(seller.Id);
        var id = await seller.CreateAdIdAsync(("media_ids", new[] { kept, deleted }));
        using var anonymous = api.Anonymous();
        await anonymous.GetJsonAsync(AdBodies.Ad(id));

        await api.PublishAsync(Topics.MediaEvents, EventEnvelope.Create(new MediaDeleted(deleted, seller.Id), "agrovet/media", deleted.ToString(), DateTimeOffset.UtcNow, null));

        await Poll.UntilAsync(
            async () => (await anonymous.GetJsonAsync(AdBodies.Ad(id))).GetProperty("media_ids").GetArrayLength() == 1,
            MarketplaceApiFactory.Patience,
            "the deleted photo to leave the ad",
            Ct);
        Assert.Equal(kept, (await anonymous.GetJsonAsync(AdBodies.Ad(id))).GetProperty("media_ids")[0].GetGuid());
        await api.WaitForEventAsync("add.updated", id, e => e.GetProperty("changed")[0].GetString() == "media_ids");
        using var reuse = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(("media_ids", new[] { deleted })), Ct);
        await reuse.ShouldHaveFieldErrorAsync("media_ids");
    }

    [Fact]
    public async Task A_username_change_reaches_the_sellers_ads()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();
        var renamed = $"renamed_{Guid.NewGuid():N}"[..20];

        await api.PublishAsync(
            Topics.UserEvents,
            EventEnvelope.Create(new Contracts.Users.UserUpdated(seller.Id, renamed, "x@example.org", "businessman", true, ["username"]), "agrovet/auth", seller.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow, null));

        using var anonymous = api.Anonymous();
        await Poll.UntilAsync(
            async () => (await anonymous.GetJsonAsync(AdBodies.Ad(id))).GetProperty("seller").GetProperty("username").GetString() == renamed,
            MarketplaceApiFactory.Patience,
            "the new username to show on the ad",
            Ct);
    }
}
