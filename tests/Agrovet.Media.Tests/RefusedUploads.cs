using System.Net.Http.Headers;
using System.Text;
using Agrovet.Media.Storage;

namespace Agrovet.Media.Tests;

/// <summary>Every refused or aborted upload answers 4xx problem+json and leaves no file and no row behind.</summary>
public sealed class RefusedUploads(MediaApiFactory api) : IClassFixture<MediaApiFactory>
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    [Fact]
    public async Task A_png_that_is_really_a_Linux_executable_is_refused()
    {
        var messages = await RefusedAsync(Uploads.Form(SampleFiles.ElfExecutable(), "cute-calf.png", "avatar", claimedType: "image/png"));
        Assert.Contains(messages, m => m.Contains("not accepted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_png_that_is_really_a_Windows_executable_is_refused() =>
        await RefusedAsync(Uploads.Form(SampleFiles.WindowsExecutable(), "photo.png", claimedType: "image/png"));

    [Fact]
    public async Task A_zero_byte_file_is_refused()
    {
        var messages = await RefusedAsync(Uploads.Form([], "empty.png", "avatar"));
        Assert.Contains("The file is empty.", messages);
    }

    [Fact]
    public async Task An_avatar_one_byte_over_ten_megabytes_is_too_large()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        var oversized = SampleFiles.WithFiller(SampleFiles.Png(16, 16), TenMegabytes + 1);
        using var form = Uploads.Form(oversized, "big.png", "avatar");

        using var response = await client.PostAsync(Uploads.Path, form, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task An_avatar_of_exactly_ten_megabytes_is_not_too_large()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        var largest = SampleFiles.WithFiller(SampleFiles.Png(16, 16), TenMegabytes);
        using var form = Uploads.Form(largest, "big.png", "avatar");

        using var response = await client.PostAsync(Uploads.Path, form, Ct);

        var media = await response.ShouldBeAsync(HttpStatusCode.Created);
        using var delete = await client.DeleteAsync($"/api/media/{media.Id()}/", Ct);
        await delete.ShouldBeAsync(HttpStatusCode.NoContent);
        await AssertNothingLeftAsync();
    }

    [Theory]
    [InlineData("../../../etc/passwd.png")]
    [InlineData("..\\..\\boot.ini.png")]
    [InlineData("photos/../cow.png")]
    [InlineData("..")]
    public async Task A_file_name_that_is_a_path_is_refused(string name)
    {
        var messages = await RefusedAsync(Uploads.Form(SampleFiles.Png(4, 4), name, "avatar"));
        Assert.Contains(messages, m => m.Contains("not a path", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(api.StorageRoot, "..", "cow.png")));
    }

    [Fact]
    public async Task A_file_name_with_control_characters_is_refused()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(SampleFiles.Png(4, 4));
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = "evil\u0007name.png" };
        form.Add(file);
        await RefusedAsync(form);
    }

    [Fact]
    public async Task A_multipart_body_cut_off_mid_file_leaves_nothing()
    {
        var user = await api.SignUpAsync();
        const string boundary = "cut-off-boundary";
        var opening = Encoding.ASCII.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nvideo\r\n" +
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.mp4\"\r\nContent-Type: video/mp4\r\n\r\n");
        var video = SampleFiles.Mp4(4 * 1024 * 1024);
        var closing = Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n");
        await using (var raw = await RawHttp.ConnectAsync(api.ServerAddress))
        {
            await raw.SendHeadAsync("POST", Uploads.Path, opening.Length + video.Length + closing.Length, $"multipart/form-data; boundary={boundary}", user.AccessToken);
            await raw.SendAsync(opening);
            await raw.SendAsync(video.AsMemory(0, 1024 * 1024));
            // The first megabyte is on disk already (streamed, not buffered) when the client dies.
            await Poll.UntilAsync(() => api.FilesOnDisk().Any(IsTemporary), TimeSpan.FromSeconds(10), "the upload to be streaming to a temporary file", Ct);
        }

        await Poll.UntilAsync(() => api.FilesOnDisk().Count == 0, TimeSpan.FromSeconds(10), "the temporary file to be removed", Ct);
        Assert.Equal(0, await api.RowCountAsync());
    }

    [Fact]
    public async Task A_client_failing_mid_stream_leaves_nothing()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        using var form = new MultipartFormDataContent();
        var started = SampleFiles.WithFiller(SampleFiles.Png(16, 16), 512 * 1024);
        form.Add(new FailingContent(started, () => Poll.UntilAsync(() => api.FilesOnDisk().Any(IsTemporary), TimeSpan.FromSeconds(10), "streaming to disk", Ct)), "file", "broken.png");

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.PostAsync(Uploads.Path, form, Ct));

        await Poll.UntilAsync(() => api.FilesOnDisk().Count == 0, TimeSpan.FromSeconds(10), "the temporary file to be removed", Ct);
        Assert.Equal(0, await api.RowCountAsync());
    }

    [Fact]
    public async Task A_request_declaring_more_than_the_largest_upload_is_refused_before_its_body_is_read()
    {
        var user = await api.SignUpAsync();
        await using var raw = await RawHttp.ConnectAsync(api.ServerAddress);

        await raw.SendHeadAsync("POST", Uploads.Path, 200L * 1024 * 1024, "multipart/form-data; boundary=x", user.AccessToken);

        Assert.Equal(413, await raw.ReadStatusAsync());
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Other_endpoints_keep_the_small_default_body_limit()
    {
        var user = await api.SignUpAsync();
        await using var raw = await RawHttp.ConnectAsync(api.ServerAddress);

        await raw.SendHeadAsync("DELETE", $"/api/media/{Guid.CreateVersion7()}/", 2 * 1024 * 1024, "application/json", user.AccessToken);

        Assert.Equal(413, await raw.ReadStatusAsync());
    }

    [Fact]
    public async Task A_pdf_cannot_be_an_avatar() =>
        await RefusedAsync(Uploads.Form(SampleFiles.Pdf(), "cv.pdf", "avatar"));

    [Fact]
    public async Task An_unknown_purpose_is_refused()
    {
        using var form = Uploads.Form(SampleFiles.Png(4, 4), "a.png", "wallpaper");
        await RefusedAsync(form, field: "purpose");
    }

    [Fact]
    public async Task An_is_public_that_is_not_a_boolean_is_refused()
    {
        using var form = Uploads.Form(SampleFiles.Png(4, 4), "a.png");
        form.Add(new StringContent("perhaps"), "is_public");
        await RefusedAsync(form, field: "is_public");
    }

    [Fact]
    public async Task An_image_with_damaged_headers_is_refused() =>
        await RefusedAsync(Uploads.Form(SampleFiles.DamagedPng(), "broken.png", "avatar"));

    [Fact]
    public async Task An_image_claiming_ten_billion_pixels_is_refused()
    {
        var messages = await RefusedAsync(Uploads.Form(SampleFiles.GiantPngHeader(), "bomb.png", "avatar"));
        Assert.Contains(messages, m => m.Contains("pixels", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_form_without_a_file_is_refused()
    {
        using var form = new MultipartFormDataContent { { new StringContent("avatar"), "purpose" } };
        await RefusedAsync(form);
    }

    [Fact]
    public async Task Two_files_in_one_upload_are_refused()
    {
        using var form = Uploads.Form(SampleFiles.Png(4, 4), "a.png");
        form.Add(new ByteArrayContent(SampleFiles.Png(4, 4)), "file", "b.png");
        await RefusedAsync(form);
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_an_unsupported_media_type()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);

        using var response = await client.PostAsync(Uploads.Path, new ByteArrayContent(SampleFiles.Png(4, 4)) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task A_multipart_body_with_a_broken_structure_is_a_bad_request()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        var body = new StringContent("this is not multipart at all", Encoding.ASCII);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=nothing-matches");

        using var response = await client.PostAsync(Uploads.Path, body, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Anonymous_uploads_are_asked_to_sign_in()
    {
        using var client = api.ClientFor(null);
        using var form = Uploads.Form(SampleFiles.Png(4, 4), "a.png");

        using var response = await client.PostAsync(Uploads.Path, form, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Uploads_with_a_garbage_token_are_unauthorized()
    {
        using var client = api.CreateClient().WithBearer("not.a.jwt");
        using var form = Uploads.Form(SampleFiles.Png(4, 4), "a.png");

        using var response = await client.PostAsync(Uploads.Path, form, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await AssertNothingLeftAsync();
    }

    private static bool IsTemporary(string path) => path.EndsWith(FileSystemMediaStorage.TemporarySuffix, StringComparison.Ordinal);

    /// <summary>Uploads as a new user, expects a 400 naming <paramref name="field"/>, and that nothing was kept.</summary>
    private async Task<IReadOnlyList<string>> RefusedAsync(HttpContent form, string field = "file")
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        using var response = await client.PostAsync(Uploads.Path, form, Ct);
        var messages = await response.ShouldHaveFieldErrorAsync(field);
        await AssertNothingLeftAsync();
        form.Dispose();
        return messages;
    }

    private async Task AssertNothingLeftAsync()
    {
        Assert.Empty(api.FilesOnDisk());
        Assert.Equal(0, await api.RowCountAsync());
    }
}
