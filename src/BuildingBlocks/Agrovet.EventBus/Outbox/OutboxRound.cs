namespace Agrovet.EventBus.Outbox;

/// <summary>
/// What one relay read found: rows in the cursor's gaps (all below the cursor) and rows above it, each ascending;
/// <see cref="GapsComplete"/> is false when the gap lookup hit the batch size and may have left rows behind;
/// <see cref="LastIdIssued"/> is the id sequence's last value (0 when it has handed out none).
/// </summary>
internal sealed record OutboxRound(
    ulong OldestRunningTransaction,
    ulong NextUnassignedTransaction,
    long LastIdIssued,
    List<PendingOutboxRow> InGaps,
    List<PendingOutboxRow> AboveCursor,
    bool GapsComplete)
{
    /// <summary>Everything read, in id order.</summary>
    public List<PendingOutboxRow> All => [.. InGaps, .. AboveCursor];
}
