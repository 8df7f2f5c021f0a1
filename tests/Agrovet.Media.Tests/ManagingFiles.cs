using Agrovet.Media.Storage;

namespace Agrovet.Media.Tests;

/// <summary>Metadata, lists and deletion, with who may do what.</summary>
public sealed class ManagingFiles(MediaApiFactory api) : IClassFixture<MediaApiFactory>
{
    [Fact]
    public async Task Metadata_of_a_public_file_is_anyones_to_read()
    {
        var owner = await api.SignUpAsync();
        using var ownerClient = api.ClientFor(owner);
        var uploaded = await ownerClient.UploadAsync(SampleFiles.Png(50, 40), "goat.png", "ad_photo");
        using var anonymous = api.ClientFor(null);

        using var response = await anonymous.GetAsync($"/api/media/{uploaded.Id()}/", Ct);

        var media = await response.ShouldBeAsync(HttpStatusCode.OK);
        foreach (var field in new[] { "id", "url", "thumbnail_url", "content_type", "size", "width", "height", "purpose", "is_public", "original_name", "owner", "created_at" })
        {
            Assert.True(media.TryGetProperty(field, out _), $"'{field}' missing from {media}");
        }

        Assert.Equal(uploaded.GetProperty("created_at").GetDateTime(), media.GetProperty("created_at").GetDateTime());
        Assert.Equal(owner.Id, media.GetProperty("owner").GetInt64());
    }

    [Fact]
    public async Task Metadata_of_a_private_file_is_hidden_from_others()
    {
        var owner = await api.SignUpAsync();
        using var ownerClient = api.ClientFor(owner);
        var media = await ownerClient.UploadAsync(SampleFiles.Pdf(), "deed.pdf", "document");
        using var other = api.ClientFor(await api.SignUpAsync());
        using var admin = api.ClientFor(await api.SignInAdminAsync());

        using var byOther = await other.GetAsync($"/api/media/{media.Id()}/", Ct);
        using var byAdmin = await admin.GetAsync($"/api/media/{media.Id()}/", Ct);
        using var byOwner = await ownerClient.GetAsync($"/api/media/{media.Id()}/", Ct);

        await byOther.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await byAdmin.ShouldBeAsync(HttpStatusCode.OK);
        await byOwner.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Users_list_their_own_files_newest_first_in_pages()
    {
        var owner = await api.SignUpAsync();
        using var client = api.ClientFor(owner);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await client.UploadAsync(SampleFiles.Png(4, 4), $"p{i}.png", "post_image")).Id());
        }

        using var other = api.ClientFor(await api.SignUpAsync());
        await other.UploadAsync(SampleFiles.Png(4, 4), "not-mine.png");

        using var first = await client.GetAsync("/api/media/?page_size=2", Ct);
        var page1 = await first.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(3, page1.GetProperty("count").GetInt64());
        Assert.Equal([ids[2], ids[1]], page1.GetProperty("results").EnumerateArray().Select(m => m.Id()));
        var next = new Uri(page1.GetProperty("next").GetString()!);

        using var second = await client.GetAsync(next.PathAndQuery, Ct);
        var page2 = await second.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([ids[0]], page2.GetProperty("results").EnumerateArray().Select(m => m.Id()));
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Admins_list_everyones_files_and_can_filter_by_owner()
    {
        var owner = await api.SignUpAsync();
        using var client = api.ClientFor(owner);
        var media = await client.UploadAsync(SampleFiles.Png(4, 4), "herd.png", "avatar");
        using var admin = api.ClientFor(await api.SignInAdminAsync());

        using var all = await admin.GetAsync("/api/media/?page_size=100", Ct);
        using var filtered = await admin.GetAsync($"/api/media/?owner={owner.Id}", Ct);

        Assert.Contains(media.Id(), (await all.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("results").EnumerateArray().Select(m => m.Id()));
        var only = await filtered.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(media.Id(), Assert.Single(only.GetProperty("results").EnumerateArray()).Id());
    }

    [Fact]
    public async Task Users_cannot_list_another_users_files()
    {
        var owner = await api.SignUpAsync();
        using var other = api.ClientFor(await api.SignUpAsync());

        using var response = await other.GetAsync($"/api/media/?owner={owner.Id}", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?page_size=1000")]
    [InlineData("?page=abc")]
    [InlineData("?owner=not-a-number")]
    public async Task Bad_list_parameters_are_bad_requests(string query)
    {
        using var client = api.ClientFor(await api.SignUpAsync());

        using var response = await client.GetAsync("/api/media/" + query, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Listing_needs_a_signed_in_user()
    {
        using var anonymous = api.ClientFor(null);
        using var garbage = api.ClientFor(null).WithBearer("eyJhbGciOiJub25lIn0.e30.");

        using var byAnonymous = await anonymous.GetAsync("/api/media/", Ct);
        using var byGarbage = await garbage.GetAsync("/api/media/", Ct);

        await byAnonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await byGarbage.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_owner_deletes_a_file_its_bytes_and_thumbnail_go_and_media_deleted_is_raised()
    {
        var owner = await api.SignUpAsync();
        using var client = api.ClientFor(owner);
        var media = await client.UploadAsync(SampleFiles.Png(500, 300), "old.png", "avatar");
        var content = Path.Combine(api.StorageRoot, StorageKeys.Content(media.Id()));
        var thumbnail = Path.Combine(api.StorageRoot, StorageKeys.Thumbnail(media.Id()));
        Assert.True(File.Exists(content) && File.Exists(thumbnail));

        using var response = await client.DeleteAsync($"/api/media/{media.Id()}/", Ct);

        await response.ShouldBeAsync(HttpStatusCode.NoContent);
        Assert.False(File.Exists(content));
        Assert.False(File.Exists(thumbnail));
        using var gone = await client.GetAsync($"/api/media/{media.Id()}/", Ct);
        await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await Poll.UntilAsync(
            async () => (await api.EventsAboutAsync(media.Id().ToString())).Any(e => e.Type == "media.deleted" && e.Data.GetProperty("owner_id").GetInt64() == owner.Id),
            TimeSpan.FromSeconds(15),
            "media.deleted on the stream",
            Ct);
    }

    [Fact]
    public async Task An_admin_may_delete_anyones_file()
    {
        using var owner = api.ClientFor(await api.SignUpAsync());
        var media = await owner.UploadAsync(SampleFiles.Pdf(), "spam.pdf", "document");
        using var admin = api.ClientFor(await api.SignInAdminAsync());

        using var response = await admin.DeleteAsync($"/api/media/{media.Id()}/", Ct);

        await response.ShouldBeAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Another_user_may_not_delete_a_public_file_and_does_not_see_a_private_one()
    {
        using var owner = api.ClientFor(await api.SignUpAsync());
        var visible = await owner.UploadAsync(SampleFiles.Png(4, 4), "mine.png", "avatar");
        var hidden = await owner.UploadAsync(SampleFiles.Pdf(), "mine.pdf", "document");
        using var other = api.ClientFor(await api.SignUpAsync());

        using var onVisible = await other.DeleteAsync($"/api/media/{visible.Id()}/", Ct);
        using var onHidden = await other.DeleteAsync($"/api/media/{hidden.Id()}/", Ct);

        await onVisible.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await onHidden.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var stillThere = await owner.GetAsync($"/api/media/{visible.Id()}/content", Ct);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task Deleting_needs_a_signed_in_user_and_a_known_id()
    {
        using var anonymous = api.ClientFor(null);
        using var user = api.ClientFor(await api.SignUpAsync());

        using var byAnonymous = await anonymous.DeleteAsync($"/api/media/{Guid.CreateVersion7()}/", Ct);
        using var unknown = await user.DeleteAsync($"/api/media/{Guid.CreateVersion7()}/", Ct);

        await byAnonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_paths_and_wrong_methods_are_problems()
    {
        using var client = api.ClientFor(await api.SignUpAsync());

        using var unknown = await client.GetAsync("/api/media/nothing/here/", Ct);
        using var wrongMethod = await client.PutAsync($"/api/media/{Guid.CreateVersion7()}/", new StringContent("{}"), Ct);

        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await wrongMethod.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task The_service_documents_its_api()
    {
        using var client = api.ClientFor(null);

        using var document = await client.GetAsync("/openapi/v1.json", Ct);
        using var docs = await client.GetAsync("/docs", Ct);

        var paths = (await document.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/media/{id}/content", out _), paths.ToString());
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }
}
