namespace Agrovet.Media.Storage;

/// <summary>
/// Where file bytes live, addressed by keys the service derives from ids (<see cref="StorageKeys"/>), never from
/// anything a user typed. The filesystem implementation is the default; an S3-compatible store implements the same.
/// </summary>
public interface IMediaStorage
{
    /// <summary>
    /// Starts writing an object. Nothing is visible under <paramref name="key"/> until <see cref="IStagedObject.CommitAsync"/>;
    /// disposing an uncommitted object removes what was written.
    /// </summary>
    Task<IStagedObject> BeginAsync(string key, CancellationToken cancellationToken);

    /// <summary>The object's bytes as a seekable stream, or null when there is no such object.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the object; no error when it is already gone.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
