namespace Agrovet.EventBus.Outbox;

/// <summary>
/// What the outbox's interceptor does to the rows of a save, for rows inserted by a raw statement instead
/// (<see cref="OutboxInsert"/>): their source, whether they take the per-subject ordering lock, and waking the relay.
/// </summary>
internal interface IOutboxRowStamp
{
    string Source { get; }

    bool OrderPerSubject { get; }

    /// <summary>Rows were committed: wakes the relay.</summary>
    void Committed();
}
