using System.Globalization;
using Agrovet.Contracts.Events;
using Agrovet.Contracts.Media;
using Agrovet.Contracts.Users;
using Agrovet.EventBus.Inbox;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Tests;

/// <summary>
/// The copies of users and uploads follow one rule set, whatever order their events arrive in (as of the events' own
/// time; an older event changes nothing; deleted stays deleted), and a photo the events have not brought yet is asked
/// about at the media service instead of refused.
/// </summary>
public sealed class LocalCopyTests(MarketplaceApiFactory api, MarketplacePlatformFixture platform) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task A_photo_uploaded_a_moment_ago_is_accepted_at_once()
    {
        var seller = await api.SignUpAsync("businessman");
        var photo = await platform.Media.UploadAsync(seller, SampleFiles.Png(40, 40), "photo.png", "ad_photo");

        var ad = await seller.CreateAdAsync(("media_ids", new[] { photo }));

        Assert.Equal(photo, ad.GetProperty("media_ids")[0].GetGuid());
        Assert.False(await api.InDbAsync(db => db.Media.AnyAsync(m => m.Id == photo, Ct)), "the photo was asked about, not heard of");
    }

    [Fact]
    public async Task Someone_elses_upload_is_refused_after_asking()
    {
        var seller = await api.SignUpAsync("businessman");
        var other = await api.SignUpAsync("businessman");
        var theirs = await platform.Media.UploadAsync(other, SampleFiles.Png(40, 40), "photo.png", "ad_photo");
        var id = await seller.CreateAdIdAsync();

        using var create = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(("media_ids", new[] { theirs })), Ct);
        using var edit = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { media_ids = new[] { theirs } }, Ct);

        Assert.Contains("not among the seller's uploads", (await create.ShouldHaveFieldErrorAsync("media_ids"))[0], StringComparison.Ordinal);
        await edit.ShouldHaveFieldErrorAsync("media_ids");
    }

    [Fact]
    public async Task A_deleted_sellers_ads_stay_unlisted_whatever_arrives_later()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();
        var deletedAt = DateTimeOffset.UtcNow.AddMinutes(1);

        await PublishAndWaitAsync(Topics.UserEvents, new UserDeleted(seller.Id), SubjectOf(seller), deletedAt);
        await PublishAndWaitAsync(
            Topics.UserEvents, new UserCreated(seller.Id, seller.Account.Username, "late@example.org", "businessman", true, deletedAt.AddMinutes(-5)), SubjectOf(seller), deletedAt.AddSeconds(-30));
        await PublishAndWaitAsync(
            Topics.UserEvents, new UserUpdated(seller.Id, "revived", "late@example.org", "businessman", true, ["username", "is_active"]), SubjectOf(seller), deletedAt.AddMinutes(1));

        using var anonymous = api.Anonymous();
        var listed = await anonymous.GetJsonAsync($"{AdBodies.Ads}?seller={seller.Id}");
        Assert.Equal(0, listed.GetProperty("count").GetInt64());
        Assert.Equal(seller.Account.Username, (await anonymous.GetJsonAsync(AdBodies.Ad(id))).GetProperty("seller").GetProperty("username").GetString());
        var copy = await api.InDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == seller.Id, Ct));
        Assert.True(copy.IsDeleted);
        Assert.False(copy.IsActive);
    }

    [Fact]
    public async Task A_deleted_account_loses_its_addresses_but_its_orders_keep_their_copies()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var addressId = (await buyer.AddAddressAsync(("city", "Sahagún"))).GetProperty("id").GetInt64();
        var id = await seller.CreateAdIdAsync();
        using var response = await buyer.PurchaseAsync(id, new { quantity = 1, delivery_method = "delivery", address_id = addressId }, Guid.NewGuid().ToString());
        var order = (await response.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();

        await PublishAndWaitAsync(Topics.UserEvents, new UserDeleted(buyer.Id), SubjectOf(buyer), DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.False(await api.InDbAsync(db => db.Addresses.AnyAsync(a => a.UserId == buyer.Id, Ct)));
        var seen = await seller.Client.GetJsonAsync(AdBodies.Order(order));
        Assert.Equal("Sahagún", seen.GetProperty("delivery").GetProperty("address").GetProperty("city").GetString());
    }

    [Fact]
    public async Task An_older_update_arriving_after_a_newer_one_changes_nothing()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();
        var newer = DateTimeOffset.UtcNow.AddMinutes(10);

        await PublishAndWaitAsync(
            Topics.UserEvents, new UserUpdated(seller.Id, "newer_name", "x@example.org", "businessman", true, ["username"]), SubjectOf(seller), newer);
        await PublishAndWaitAsync(
            Topics.UserEvents, new UserUpdated(seller.Id, "older_name", "x@example.org", "businessman", false, ["username", "is_active"]), SubjectOf(seller), newer.AddMinutes(-5));

        using var anonymous = api.Anonymous();
        Assert.Equal("newer_name", (await anonymous.GetJsonAsync(AdBodies.Ad(id))).GetProperty("seller").GetProperty("username").GetString());
        Assert.Equal(1, (await anonymous.GetJsonAsync($"{AdBodies.Ads}?seller={seller.Id}")).GetProperty("count").GetInt64());
        var copy = await api.InDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == seller.Id, Ct));
        Assert.Equal(newer.UtcDateTime, copy.EventTime, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_late_media_created_does_not_bring_a_deleted_photo_back()
    {
        var seller = await api.SignUpAsync("businessman");
        var photo = Guid.CreateVersion7();
        var deletedAt = DateTimeOffset.UtcNow;

        await PublishAndWaitAsync(Topics.MediaEvents, new MediaDeleted(photo, seller.Id), photo.ToString(), deletedAt);
        await PublishAndWaitAsync(
            Topics.MediaEvents, new MediaCreated(photo, seller.Id, "image/jpeg", 100, "ad", true, 10, 10, deletedAt.AddSeconds(-5)), photo.ToString(), deletedAt.AddSeconds(-5));

        using var response = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(("media_ids", new[] { photo })), Ct);
        await response.ShouldHaveFieldErrorAsync("media_ids");
        Assert.True(await api.InDbAsync(db => db.Media.Where(m => m.Id == photo).Select(m => m.IsDeleted).SingleAsync(Ct)));
    }

    private static string SubjectOf(SignedInUser member) => member.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Publishes the event on the streams the marketplace hears and waits until it has handled it.</summary>
    private async Task PublishAndWaitAsync<TEvent>(string topic, TEvent data, string subject, DateTimeOffset time)
        where TEvent : IIntegrationEvent<TEvent>
    {
        var envelope = EventEnvelope.Create(data, "agrovet/tests", subject, time, null);
        await api.PublishAsync(topic, envelope);
        await Poll.UntilAsync(
            () => api.InDbAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.EventId == envelope.Id, Ct)),
            MarketplaceApiFactory.Patience,
            $"{envelope.Type} {envelope.Id} to be handled",
            Ct);
    }
}
