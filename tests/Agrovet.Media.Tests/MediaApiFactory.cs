using Agrovet.Contracts.Events;
using Agrovet.Media.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Media.Tests;

/// <summary>
/// The media service on real Kestrel (a loopback port, so raw sockets can cut uploads short) over its own fresh
/// database and storage directory, trusting the shared real auth service, its SQL recorded; one per test class.
/// </summary>
public sealed class MediaApiFactory(AuthServerFixture auth)
    : ServiceApiFactory<Program, MediaDbContext>("media", Topics.MediaEvents, auth.Server)
{
    private readonly TestDirectory _storage = TestDirectory.Create("media-storage");

    /// <summary>The storage root the service writes under.</summary>
    public string StorageRoot => _storage.Combine("files");

    protected override bool ListensOnLoopbackPort => true;

    protected override bool RecordsCommands => true;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _storage.Dispose();
    }

    /// <summary>Every file under the storage root, temporary ones included, relative to it.</summary>
    public IReadOnlyList<string> FilesOnDisk() =>
        Directory.Exists(StorageRoot)
            ? [.. Directory.EnumerateFiles(StorageRoot, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(StorageRoot, f))]
            : [];

    public Task<int> RowCountAsync() => InDbAsync(db => db.Files.CountAsync(Ct));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Media:StorageRoot", StorageRoot);
    }
}
