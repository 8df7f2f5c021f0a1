namespace Agrovet.Media.Storage;

/// <summary>
/// Bytes to remove from storage (table <c>storage_deletions</c>), queued in the same transaction that removes the row
/// pointing at them, so a crash or a storage error between the two leaves a retry, never an orphan or a dangling row.
/// </summary>
public sealed class PendingStorageDeletion
{
    public long Id { get; private set; }

    public required string Key { get; init; }

    public DateTimeOffset RequestedAt { get; init; }
}
