using System.Net;
using System.Net.Http.Headers;
using Agrovet.Testing;

namespace Agrovet.Faults.Tests;

/// <summary>
/// The media store's file system fills up. The store is a tmpfs of <see cref="FaultPlatform.MediaStoreBytes"/> of its own
/// (a real ENOSPC from the kernel, not a simulated error), filled by a file the test writes next to the uploads.
/// </summary>
public sealed class MediaStoreFull(FaultPlatform platform)
{
    private const int DocumentBytes = 1024 * 1024;

    [Fact]
    public async Task An_upload_to_a_full_media_store_is_refused_with_a_problem_and_leaves_nothing_half_written()
    {
        if (!platform.MediaStoreIsSmallDisk)
        {
            Assert.Skip($"The media store needs a small file system of its own (mount -t tmpfs, as root): {platform.MediaStoreMountError}");
        }

        var owner = await platform.SignUpAsync();
        using (var first = await UploadAsync(owner.Client))
        {
            await first.ShouldBeAsync(HttpStatusCode.Created);
        }

        var filesBefore = StoredFiles();
        var rowsBefore = await RowsOfAsync(owner.Id);
        var filler = Path.Combine(platform.MediaDirectory, "filler.bin");
        await FillAsync(filler, leave: DocumentBytes / 2);
        try
        {
            using var refused = await UploadAsync(owner.Client);
            var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.InsufficientStorage);
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
            Assert.Equal(filesBefore, StoredFiles());
            Assert.Equal(rowsBefore, await RowsOfAsync(owner.Id));
        }
        finally
        {
            File.Delete(filler);
        }

        using var again = await UploadAsync(owner.Client);
        await again.ShouldBeAsync(HttpStatusCode.Created);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("document"), "purpose" },
            { new ByteArrayContent(SampleFiles.Pdf(DocumentBytes)) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "file", "informe.pdf" },
        };
        return await client.PostAsync("/api/media/", form, Ct);
    }

    /// <summary>Every file under the store but the filler (staged uploads included: they are hidden files).</summary>
    private List<string> StoredFiles() =>
    [
        .. Directory.EnumerateFiles(platform.MediaDirectory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(f => Path.GetFileName(f) != "filler.bin")
            .Order(StringComparer.Ordinal),
    ];

    private Task<long> RowsOfAsync(long owner) =>
        platform.CountAsync("media", "SELECT count(*) FROM media_files WHERE owner_id = @owner", p => p.AddWithValue("owner", owner), Ct);

    /// <summary>Writes <paramref name="path"/> until only about <paramref name="leave"/> bytes of the store are free.</summary>
    private static async Task FillAsync(string path, long leave)
    {
        var free = new DriveInfo(Path.GetDirectoryName(path)!).AvailableFreeSpace;
        var chunk = new byte[64 * 1024];
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        for (var written = 0L; written + chunk.Length <= free - leave; written += chunk.Length)
        {
            await file.WriteAsync(chunk, Ct);
        }
    }
}
