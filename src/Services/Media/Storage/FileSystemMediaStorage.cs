using System.Security.Cryptography;

namespace Agrovet.Media.Storage;

/// <summary>
/// Objects as files under the storage root. A write goes to a hidden temporary file in the object's own directory, is
/// flushed to disk (fsync) and then renamed over the final name, so a reader sees the whole file or none, even after
/// a crash.
/// </summary>
public sealed class FileSystemMediaStorage(StorageRoot root) : IMediaStorage
{
    public const string TemporarySuffix = ".tmp";

    private const int BufferSize = 0; // Callers write in large chunks; FileStream's own buffer would only add a copy.

    public Task<IStagedObject> BeginAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}{TemporarySuffix}");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, BufferSize, FileOptions.Asynchronous);
        return Task.FromResult<IStagedObject>(new StagedFile(stream, temporary, path));
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            Stream stream = new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            File.Delete(PathOf(key)); // No error when the file is missing...
        }
        catch (DirectoryNotFoundException)
        {
            // ...nor when its directory is.
        }

        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(root.Path, key));
        // Keys are made by StorageKeys; this guards against a future caller passing something else.
        if (!path.StartsWith(root.Path + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The key '{key}' points outside the storage root.", nameof(key));
        }

        return path;
    }

    private sealed class StagedFile(FileStream stream, string temporaryPath, string finalPath) : IStagedObject
    {
        private bool _committed;

        public Stream Content => stream;

        public Stream OpenWritten() =>
            new FileStream(temporaryPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 16 * 1024, FileOptions.RandomAccess);

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
            await stream.DisposeAsync();
            File.Move(temporaryPath, finalPath, overwrite: false);
            _committed = true;
        }

        public async ValueTask DisposeAsync()
        {
            await stream.DisposeAsync();
            if (!_committed)
            {
                File.Delete(temporaryPath);
            }
        }
    }
}
