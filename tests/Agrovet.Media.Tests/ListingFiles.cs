namespace Agrovet.Media.Tests;

/// <summary>
/// <c>GET /api/media/</c> as the web admin calls it: <c>?owner=</c>, <c>?purpose=</c>, <c>?ordering=</c>, pages with an
/// exact count; administrators see everyone's files, everyone else only their own.
/// </summary>
public sealed class ListingFiles(MediaApiFactory api) : IClassFixture<MediaApiFactory>
{
    [Fact]
    public async Task An_admin_filters_by_owner_and_purpose_and_sorts_by_size_or_date()
    {
        var farmer = await api.SignUpAsync();
        var vet = await api.SignUpAsync("specialist");
        using var farmerClient = api.ClientFor(farmer);
        using var vetClient = api.ClientFor(vet);
        var small = (await farmerClient.UploadAsync(SampleFiles.Png(4, 4), "small.png", "ad_photo")).Id();
        var large = (await farmerClient.UploadAsync(SampleFiles.Png(120, 90), "large.png", "ad_photo")).Id();
        var deed = (await farmerClient.UploadAsync(SampleFiles.Pdf(300_000), "deed.pdf", "document")).Id();
        var avatar = (await vetClient.UploadAsync(SampleFiles.Png(40, 40), "me.png", "avatar")).Id();
        using var admin = api.ClientFor(await api.SignInAdminAsync());

        var bySize = await ListAsync(admin, $"?owner={farmer.Id}&ordering=size");
        var bySizeDescending = await ListAsync(admin, $"?owner={farmer.Id}&ordering=-size");
        var oldestFirst = await ListAsync(admin, $"?owner={farmer.Id}&ordering=created_at");
        var newestFirst = await ListAsync(admin, $"?owner={farmer.Id}");
        var photos = await ListAsync(admin, $"?owner={farmer.Id}&purpose=ad_photo&ordering=-size");
        var vetsAvatars = await ListAsync(admin, $"?owner={vet.Id}&purpose=avatar");
        var everyonesAvatars = await ListAsync(admin, "?purpose=avatar&page_size=100");
        var secondPage = await ListAsync(admin, $"?owner={farmer.Id}&ordering=size&page=2&page_size=2");

        Assert.Equal(3, bySize.GetProperty("count").GetInt64());
        Assert.Equal([small, large, deed], Ids(bySize));
        Assert.Equal([deed, large, small], Ids(bySizeDescending));
        Assert.Equal([small, large, deed], Ids(oldestFirst));
        Assert.Equal([deed, large, small], Ids(newestFirst));
        Assert.Equal(2, photos.GetProperty("count").GetInt64());
        Assert.Equal([large, small], Ids(photos));
        Assert.Equal([avatar], Ids(vetsAvatars));
        Assert.Contains(avatar, Ids(everyonesAvatars));
        Assert.All(everyonesAvatars.GetProperty("results").EnumerateArray(), m => Assert.Equal("avatar", m.GetProperty("purpose").GetString()));
        Assert.Equal(3, secondPage.GetProperty("count").GetInt64());
        Assert.Equal([deed], Ids(secondPage));
        Assert.Equal(JsonValueKind.Null, secondPage.GetProperty("next").ValueKind);
        Assert.Contains("ordering=size", secondPage.GetProperty("previous").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_without_filters_sees_everyones_files()
    {
        using var first = api.ClientFor(await api.SignUpAsync());
        using var second = api.ClientFor(await api.SignUpAsync());
        var mine = (await first.UploadAsync(SampleFiles.Png(4, 4), "a.png", "post_image")).Id();
        var theirs = (await second.UploadAsync(SampleFiles.Png(4, 4), "b.png", "post_image")).Id();
        using var admin = api.ClientFor(await api.SignInAdminAsync());

        var all = await ListAsync(admin, "?page_size=100&ordering=-created_at");

        Assert.Equal(await api.RowCountAsync(), all.GetProperty("count").GetInt64());
        Assert.Equal([theirs, mine], Ids(all).Where(id => id == mine || id == theirs));
    }

    [Fact]
    public async Task A_user_sees_only_their_own_files_whatever_they_ask_for()
    {
        var user = await api.SignUpAsync();
        var other = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        using var otherClient = api.ClientFor(other);
        var own = (await client.UploadAsync(SampleFiles.Png(4, 4), "mine.png", "avatar")).Id();
        await otherClient.UploadAsync(SampleFiles.Png(4, 4), "theirs.png", "avatar");

        var everything = await ListAsync(client, "?purpose=avatar&ordering=-size");
        var byOwnId = await ListAsync(client, $"?owner={user.Id}");
        using var byOtherId = await client.GetAsync($"/api/media/?owner={other.Id}", Ct);

        Assert.Equal([own], Ids(everything));
        Assert.Equal(1, everything.GetProperty("count").GetInt64());
        Assert.Equal([own], Ids(byOwnId));
        await byOtherId.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_web_apps_ad_purpose_is_ad_photo_on_upload_and_in_filters()
    {
        var user = await api.SignUpAsync("businessman");
        using var client = api.ClientFor(user);

        var uploaded = await client.UploadAsync(SampleFiles.Jpeg(64, 48), "cow.jpg", "ad");
        var listed = await ListAsync(client, "?purpose=ad");

        Assert.Equal("ad_photo", uploaded.GetProperty("purpose").GetString());
        Assert.True(uploaded.GetProperty("is_public").GetBoolean());
        Assert.Equal([uploaded.Id()], Ids(listed));
    }

    [Fact]
    public async Task Listing_needs_a_signed_in_user()
    {
        using var anonymous = api.ClientFor(null);

        using var response = await anonymous.GetAsync("/api/media/?purpose=avatar&ordering=size", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("?owner=abc", "owner")]
    [InlineData("?owner=-4", "owner")]
    [InlineData("?owner=0", "owner")]
    [InlineData("?purpose=selfie", "purpose")]
    [InlineData("?ordering=name", "ordering")]
    [InlineData("?ordering=-id", "ordering")]
    [InlineData("?page=0", "page")]
    [InlineData("?page_size=101", "page_size")]
    public async Task Bad_list_parameters_are_named(string query, string field)
    {
        using var user = api.ClientFor(await api.SignUpAsync());
        using var admin = api.ClientFor(await api.SignInAdminAsync());

        using var byUser = await user.GetAsync("/api/media/" + query, Ct);
        using var byAdmin = await admin.GetAsync("/api/media/" + query, Ct);

        await byUser.ShouldHaveFieldErrorAsync(field);
        await byAdmin.ShouldHaveFieldErrorAsync(field);
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/media/" + query, Ct);
        return await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("results").EnumerateArray().Select(m => m.Id())];
}
