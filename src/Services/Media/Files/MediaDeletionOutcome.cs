namespace Agrovet.Media.Files;

/// <summary>What deleting a file came to.</summary>
public abstract record MediaDeletionOutcome
{
    private MediaDeletionOutcome()
    {
    }

    /// <summary>The row is gone with its <c>media.deleted</c> event (and audit entry); the bytes are removed or queued.</summary>
    public sealed record Deleted : MediaDeletionOutcome;

    /// <summary>The file was deleted meanwhile.</summary>
    public sealed record Gone : MediaDeletionOutcome;
}
