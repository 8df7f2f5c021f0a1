using Agrovet.Media.Storage;
using StbImageSharp;

namespace Agrovet.Media.Tests;

public sealed class UploadingFiles(MediaApiFactory api) : IClassFixture<MediaApiFactory>
{
    public static TheoryData<string, string, string> AcceptedTypes => new()
    {
        { "gif", "image/gif", "attachment" },
        { "webp", "image/webp", "post_image" },
        { "mp4", "video/mp4", "video" },
        { "mov", "video/quicktime", "video" },
        { "webm", "video/webm", "video" },
        { "pdf", "application/pdf", "document" },
        { "jpg", "image/jpeg", "ad_photo" },
    };

    [Fact]
    public async Task An_avatar_is_stored_under_its_id_with_its_size_read_from_the_headers()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        var png = SampleFiles.Png(640, 480);

        var media = await client.UploadAsync(png, "my cow.png", purpose: "avatar");

        Assert.Equal("image/png", media.GetProperty("content_type").GetString());
        Assert.Equal(png.Length, media.GetProperty("size").GetInt64());
        Assert.Equal(640, media.GetProperty("width").GetInt32());
        Assert.Equal(480, media.GetProperty("height").GetInt32());
        Assert.Equal("avatar", media.GetProperty("purpose").GetString());
        Assert.True(media.GetProperty("is_public").GetBoolean());
        Assert.Equal("my cow.png", media.GetProperty("original_name").GetString());
        Assert.Equal(user.Id, media.GetProperty("owner").GetInt64());
        Assert.EndsWith($"/api/media/{media.Id()}/content", media.GetProperty("url").GetString(), StringComparison.Ordinal);
        var stored = Path.Combine(api.StorageRoot, StorageKeys.Content(media.Id()));
        Assert.Equal(png, await File.ReadAllBytesAsync(stored, Ct));
        Assert.DoesNotContain(api.FilesOnDisk(), f => f.EndsWith(FileSystemMediaStorage.TemporarySuffix, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AcceptedTypes))]
    public async Task Every_accepted_type_is_recognised_from_its_content(string extension, string contentType, string purpose)
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        var file = extension switch
        {
            "gif" => SampleFiles.Gif(),
            "webp" => SampleFiles.WebP(40, 30),
            "mp4" => SampleFiles.Mp4(),
            "mov" => SampleFiles.QuickTime(),
            "webm" => SampleFiles.WebM(),
            "jpg" => SampleFiles.Jpeg(120, 90),
            _ => SampleFiles.Pdf(),
        };

        var media = await client.UploadAsync(file, $"sample.{extension}", purpose);

        Assert.Equal(contentType, media.GetProperty("content_type").GetString());
        Assert.Equal(file.Length, media.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task The_type_comes_from_the_bytes_not_from_the_name_or_the_claimed_content_type()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        using var form = Uploads.Form(SampleFiles.Png(10, 10), "report.pdf", "attachment", claimedType: "application/pdf");

        using var response = await client.PostAsync(Uploads.Path, form, Ct);

        var media = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal("image/png", media.GetProperty("content_type").GetString());
        Assert.Equal($"/api/media/{media.Id()}/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Images_get_a_small_jpeg_thumbnail()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        var media = await client.UploadAsync(SampleFiles.Jpeg(1200, 600), "field.jpg", "post_image");
        Assert.Equal(1200, media.GetProperty("width").GetInt32());
        Assert.Equal(600, media.GetProperty("height").GetInt32());

        using var response = await client.GetAsync(media.GetProperty("thumbnail_url").GetString(), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        var thumbnail = ImageResult.FromMemory(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(320, thumbnail.Width);
        Assert.Equal(160, thumbnail.Height);
    }

    [Fact]
    public async Task Files_without_a_managed_decoder_or_that_are_not_images_have_no_thumbnail()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        var webp = await client.UploadAsync(SampleFiles.WebP(40, 30), "leaf.webp", "post_image");
        var pdf = await client.UploadAsync(SampleFiles.Pdf(), "invoice.pdf", "document");

        foreach (var media in new[] { webp, pdf })
        {
            Assert.Equal(JsonValueKind.Null, media.GetProperty("thumbnail_url").ValueKind);
            using var response = await client.GetAsync($"/api/media/{media.Id()}/thumbnail", Ct);
            await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        Assert.Equal(40, webp.GetProperty("width").GetInt32());
        Assert.Equal(JsonValueKind.Null, pdf.GetProperty("width").ValueKind);
    }

    [Theory]
    [InlineData("avatar", null, true)]
    [InlineData("ad_photo", null, true)]
    [InlineData("post_image", null, false)]
    [InlineData("avatar", false, false)]
    [InlineData(null, null, false)]
    [InlineData(null, true, true)]
    public async Task Avatars_and_ad_photos_are_public_unless_the_upload_says_otherwise(string? purpose, bool? isPublic, bool expected)
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);

        var media = await client.UploadAsync(SampleFiles.Png(8, 8), "x.png", purpose, isPublic);

        Assert.Equal(expected, media.GetProperty("is_public").GetBoolean());
        Assert.Equal(purpose ?? "attachment", media.GetProperty("purpose").GetString());
    }

    [Fact]
    public async Task The_purpose_may_follow_the_file_in_the_form()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(SampleFiles.Mp4()), "file", "calving.mp4" },
            { new StringContent("video"), "purpose" },
        };

        using var response = await client.PostAsync(Uploads.Path, form, Ct);

        Assert.Equal("video", (await response.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("purpose").GetString());
    }

    [Fact]
    public async Task A_video_larger_than_the_image_limit_is_accepted_as_a_video()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        var video = SampleFiles.Mp4(12 * 1024 * 1024);

        var media = await client.UploadAsync(video, "herd.mp4", "video");

        Assert.Equal(video.Length, media.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task An_upload_raises_media_created_with_the_file_facts()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);

        var media = await client.UploadAsync(SampleFiles.Png(30, 20), "calf.png", "avatar");

        JsonElement created = default;
        await Poll.UntilAsync(
            async () =>
            {
                var events = await api.EventsAboutAsync(media.Id().ToString());
                created = events.FirstOrDefault(e => e.Type == "media.created")?.Data ?? default;
                return created.ValueKind == JsonValueKind.Object;
            },
            TimeSpan.FromSeconds(15),
            "media.created on the media.events stream",
            Ct);
        Assert.Equal(media.Id(), created.GetProperty("media_id").GetGuid());
        Assert.Equal(user.Id, created.GetProperty("owner_id").GetInt64());
        Assert.Equal("image/png", created.GetProperty("content_type").GetString());
        Assert.Equal("avatar", created.GetProperty("purpose").GetString());
        Assert.Equal(30, created.GetProperty("width").GetInt32());
    }
}
