namespace Agrovet.EventBus.Outbox;

/// <summary>
/// What one relay read found: rows in the cursor's gaps (all below the cursor) and rows above it, each ascending;
/// <see cref="GapsComplete"/> is false when the gap lookup hit the batch size and may have left rows behind.
/// </summary>
internal sealed record OutboxRound(
    ulong OldestRunningTransaction,
    ulong NextUnassignedTransaction,
    List<PendingOutboxRow> InGaps,
    List<PendingOutboxRow> AboveCursor,
    bool GapsComplete)
{
    /// <summary>Everything read, in id order.</summary>
    public List<PendingOutboxRow> All => [.. InGaps, .. AboveCursor];
}
