using System.Net.Http.Headers;

namespace Agrovet.Media.Tests;

public sealed class ServingContent(MediaApiFactory api) : IClassFixture<MediaApiFactory>
{
    [Fact]
    public async Task A_public_file_streams_with_its_type_validators_and_long_caching()
    {
        var owner = await api.SignUpAsync();
        using var uploader = api.ClientFor(owner);
        var png = SampleFiles.Png(64, 48);
        var media = await uploader.UploadAsync(png, "cow.png", "avatar");
        using var anonymous = api.ClientFor(null);

        using var response = await anonymous.GetAsync($"/api/media/{media.Id()}/content", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png.Length, response.Content.Headers.ContentLength);
        Assert.Equal($"\"{media.Id():N}-{png.Length:x}\"", response.Headers.ETag?.Tag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("cow.png", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task A_range_request_gets_206_with_just_those_bytes()
    {
        var (media, bytes) = await UploadVideoAsync();
        using var client = api.ClientFor(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/media/{media.Id()}/content");
        request.Headers.Range = new RangeHeaderValue(1000, 1999);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 1000-1999/{bytes.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(bytes.AsSpan(1000, 1000).ToArray(), await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Seeking_to_the_end_of_a_video_gets_its_last_bytes()
    {
        var (media, bytes) = await UploadVideoAsync();
        using var client = api.ClientFor(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/media/{media.Id()}/content");
        request.Headers.Range = new RangeHeaderValue(null, 500);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(bytes[^500..], await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task A_range_past_the_end_is_not_satisfiable()
    {
        var (media, bytes) = await UploadVideoAsync();
        using var client = api.ClientFor(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/media/{media.Id()}/content");
        request.Headers.Range = new RangeHeaderValue(bytes.Length + 10, null);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{bytes.Length}", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task A_cached_copy_is_revalidated_with_304()
    {
        var (media, _) = await UploadVideoAsync();
        using var client = api.ClientFor(null);
        using var first = await client.GetAsync($"/api/media/{media.Id()}/content", HttpCompletionOption.ResponseHeadersRead, Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/media/{media.Id()}/content");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Theory]
    [InlineData("José's \"farm\"; report ñ.pdf")]
    [InlineData("informe técnico vacas lecheras 2024 – versión final.pdf")]
    [InlineData("a\"; filename=evil.html; x=\".pdf")]
    [InlineData("奶牛.pdf")]
    public async Task Any_original_name_comes_back_safely_in_Content_Disposition(string name)
    {
        var owner = await api.SignUpAsync();
        using var client = api.ClientFor(owner);
        var media = await client.UploadAsync(SampleFiles.Pdf(), name, "document");

        using var response = await client.GetAsync($"/api/media/{media.Id()}/content", HttpCompletionOption.ResponseHeadersRead, Ct);

        var raw = response.Content.Headers.GetValues("Content-Disposition").Single();
        Assert.True(raw.All(c => c is >= ' ' and <= '~'), $"non-ASCII or control characters in: {raw}");
        var disposition = ContentDispositionHeaderValue.Parse(raw);
        Assert.Equal("inline", disposition.DispositionType);
        Assert.Equal(name, disposition.FileNameStar);
        Assert.Equal(name, media.GetProperty("original_name").GetString());
    }

    [Fact]
    public async Task A_private_file_is_served_to_its_owner_and_admins_only_and_never_cached_publicly()
    {
        var owner = await api.SignUpAsync();
        using var ownerClient = api.ClientFor(owner);
        var media = await ownerClient.UploadAsync(SampleFiles.Pdf(), "contract.pdf", "document");
        Assert.False(media.GetProperty("is_public").GetBoolean());
        var path = $"/api/media/{media.Id()}/content";

        using var mine = await ownerClient.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("private", mine.Headers.CacheControl?.ToString());

        using var adminClient = api.ClientFor(await api.SignInAdminAsync());
        using var admins = await adminClient.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, admins.StatusCode);

        using var otherClient = api.ClientFor(await api.SignUpAsync());
        using var others = await otherClient.GetAsync(path, Ct);
        await others.ShouldBeProblemAsync(HttpStatusCode.NotFound);

        using var anonymous = api.ClientFor(null);
        using var nobodys = await anonymous.GetAsync(path, Ct);
        await nobodys.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Thumbnails_of_private_images_are_private_too()
    {
        var owner = await api.SignUpAsync();
        using var ownerClient = api.ClientFor(owner);
        var media = await ownerClient.UploadAsync(SampleFiles.Png(400, 400), "x-ray.png", "post_image");
        using var anonymous = api.ClientFor(null);

        using var response = await anonymous.GetAsync($"/api/media/{media.Id()}/thumbnail", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var own = await ownerClient.GetAsync($"/api/media/{media.Id()}/thumbnail", Ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Theory]
    [InlineData("/api/media/0193a000-0000-7000-8000-000000000000/content")]
    [InlineData("/api/media/0193a000-0000-7000-8000-000000000000/thumbnail")]
    [InlineData("/api/media/not-a-guid/content")]
    [InlineData("/api/media/..%2F..%2Fetc%2Fpasswd/content")]
    public async Task Unknown_or_malformed_ids_are_404_problems(string path)
    {
        using var client = api.ClientFor(null);

        using var response = await client.GetAsync(path, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_garbage_token_on_a_public_file_is_just_anonymous()
    {
        var (media, _) = await UploadVideoAsync(isPublic: true);
        using var client = api.ClientFor(null).WithBearer("garbage");

        using var response = await client.GetAsync($"/api/media/{media.Id()}/content", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<(JsonElement Media, byte[] Bytes)> UploadVideoAsync(bool isPublic = true)
    {
        var owner = await api.SignUpAsync();
        using var client = api.ClientFor(owner);
        var bytes = SampleFiles.Mp4(300_000);
        return (await client.UploadAsync(bytes, "calving.mp4", "video", isPublic), bytes);
    }
}
