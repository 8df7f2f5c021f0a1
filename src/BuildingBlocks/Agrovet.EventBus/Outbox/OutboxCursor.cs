namespace Agrovet.EventBus.Outbox;

/// <summary>
/// Where the relay has read up to, so that each read starts there instead of walking past every row published since
/// the table was last vacuumed (which made a relay under load slower with every batch).
/// </summary>
/// <remarks>
/// Ids are taken when rows are inserted, not when they commit: a row may become visible after rows with higher ids
/// were read. Every id skipped between rows read is therefore kept as a gap and looked up again each round, until
/// its row turns up or its transaction has certainly ended without it (rolled back): that is when the oldest running
/// transaction is younger than every transaction that was running when the gap was dated. A gap is dated only after
/// <c>settleDelay</c>, so that the transaction that took the id has its transaction id by then.
/// </remarks>
internal sealed class OutboxCursor(TimeProvider time, TimeSpan settleDelay)
{
    // Beyond this, the lowest gaps are merged into one range: fewer ranges to look up, the same rows found.
    private const int MaxGaps = 1_000;

    private readonly List<Gap> _gaps = [];

    /// <summary>The highest id read so far (0 before the first row).</summary>
    public long After { get; private set; }

    public int GapCount => _gaps.Count;

    /// <summary>The gaps as inclusive id ranges, in order.</summary>
    public (long[] From, long[] To) GapRanges() => ([.. _gaps.Select(g => g.From)], [.. _gaps.Select(g => g.To)]);

    /// <summary>Records the rows read above <see cref="After"/> (ascending) and the ids skipped between them.</summary>
    public void Advance(IReadOnlyList<long> ids)
    {
        var now = time.GetUtcNow();
        foreach (var id in ids)
        {
            if (id <= After)
            {
                continue;
            }

            if (id > After + 1)
            {
                _gaps.Add(new Gap(After + 1, id - 1, now));
            }

            After = id;
        }

        while (_gaps.Count > MaxGaps)
        {
            var (first, second) = (_gaps[0], _gaps[1]);
            _gaps[1] = new Gap(first.From, second.To, first.ObservedAt < second.ObservedAt ? first.ObservedAt : second.ObservedAt)
            {
                Horizon = first.Horizon is { } a && second.Horizon is { } b ? Math.Max(a, b) : null,
            };
            _gaps.RemoveAt(0);
        }
    }

    /// <summary>Rows read below <see cref="After"/>: their ids are no longer missing.</summary>
    public void Found(IReadOnlyList<long> ids)
    {
        foreach (var id in ids)
        {
            var index = _gaps.FindIndex(g => g.From <= id && id <= g.To);
            if (index < 0)
            {
                continue;
            }

            var gap = _gaps[index];
            if (gap.From == gap.To)
            {
                _gaps.RemoveAt(index);
            }
            else if (id == gap.From)
            {
                _gaps[index] = gap with { From = id + 1 };
            }
            else if (id == gap.To)
            {
                _gaps[index] = gap with { To = id - 1 };
            }
            else
            {
                _gaps[index] = gap with { To = id - 1 };
                _gaps.Insert(index + 1, gap with { From = id + 1 });
            }
        }
    }

    /// <summary>
    /// After a round whose gap lookup ran after a snapshot with <paramref name="oldestRunning"/> as its xmin and saw
    /// every row it asked for: drops the gaps whose transactions have all ended since they were dated, and dates the
    /// new ones settled long enough with <paramref name="nextUnassigned"/> (the snapshot's xmax).
    /// </summary>
    public void Settle(ulong oldestRunning, ulong nextUnassigned)
    {
        var now = time.GetUtcNow();
        for (var i = _gaps.Count - 1; i >= 0; i--)
        {
            var gap = _gaps[i];
            if (gap.Horizon is { } horizon)
            {
                if (horizon <= oldestRunning)
                {
                    _gaps.RemoveAt(i);
                }
            }
            else if (now - gap.ObservedAt >= settleDelay)
            {
                _gaps[i] = gap with { Horizon = nextUnassigned };
            }
        }
    }

    /// <summary>Ids <paramref name="From"/>..<paramref name="To"/> were skipped; <see cref="Horizon"/>: the first transaction id not yet assigned when dated.</summary>
    private sealed record Gap(long From, long To, DateTimeOffset ObservedAt)
    {
        public ulong? Horizon { get; init; }
    }
}
