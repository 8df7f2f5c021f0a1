namespace Agrovet.LocalCopies.Media;

/// <summary>
/// What an event did to a file's copy: <see cref="Media"/> as it is now (tracked, saved with the event's inbox row);
/// <see cref="WasKnown"/> false when the event brought a file this service had not heard of.
/// </summary>
public sealed record MediaCopyChange(MediaCopy Media, bool WasKnown, bool WasDeleted)
{
    /// <summary>
    /// The file is gone: wherever it is attached it must go too. Also true for a file never heard of before (it may have
    /// been attached after asking the media service, before its <c>media.created</c> arrived).
    /// </summary>
    public bool BecameDeleted => Media.IsDeleted && !WasDeleted;
}
