namespace Agrovet.LocalCopies.Media;

/// <summary>
/// A service's reaction to a change of a file's copy (a deleted photo leaves the ads showing it, a deleted avatar the
/// profiles). It runs inside the event's transaction: make changes on the service's DbContext (the same scoped
/// instance) without saving; they commit with the copy and the inbox row, or not at all. Only changes that happened
/// reach it: an event older than the copy, or about a deleted file, changes nothing.
/// </summary>
public interface IMediaCopyReaction
{
    Task OnChangedAsync(MediaCopyChange change, CancellationToken cancellationToken);
}
