namespace Agrovet.Media.Storage;

/// <summary>An object being written: write to <see cref="Content"/>, then commit, or dispose to throw it away.</summary>
public interface IStagedObject : IAsyncDisposable
{
    /// <summary>Where the bytes go.</summary>
    Stream Content { get; }

    /// <summary>Reads back what has been written so far (headers, thumbnails), before the commit.</summary>
    Stream OpenWritten();

    /// <summary>Makes the object durable and visible under its key, all at once.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
