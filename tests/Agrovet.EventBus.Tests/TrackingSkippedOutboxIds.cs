using Agrovet.EventBus.Outbox;

namespace Agrovet.EventBus.Tests;

/// <summary>The relay's cursor: where it read up to, and which ids below that may still turn up.</summary>
public sealed class TrackingSkippedOutboxIds
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(100);

    private readonly ManualClock _clock = new();

    [Fact]
    public void Ids_skipped_between_rows_read_are_kept_as_gaps()
    {
        var cursor = new OutboxCursor(_clock, Settle);

        cursor.Advance([1, 2, 5, 6, 9]);

        Assert.Equal(9, cursor.After);
        Assert.Equal("3-4 7-8", Ranges(cursor));
    }

    [Fact]
    public void A_late_row_found_in_a_gap_is_no_longer_missing()
    {
        var cursor = new OutboxCursor(_clock, Settle);
        cursor.Advance([1, 10]);

        cursor.Found([5]);
        cursor.Found([2, 9]);

        Assert.Equal("3-4 6-8", Ranges(cursor));
    }

    [Fact]
    public void A_gap_is_given_up_only_when_every_transaction_running_once_it_settled_has_ended()
    {
        var cursor = new OutboxCursor(_clock, Settle);
        cursor.Advance([1, 3]);

        cursor.Settle(oldestRunning: 100, nextUnassigned: 110);
        Assert.Equal(1, cursor.GapCount);

        _clock.Advance(Settle);
        cursor.Settle(oldestRunning: 100, nextUnassigned: 110);
        cursor.Settle(oldestRunning: 109, nextUnassigned: 120);
        Assert.Equal(1, cursor.GapCount);

        cursor.Settle(oldestRunning: 110, nextUnassigned: 130);
        Assert.Equal(0, cursor.GapCount);
    }

    [Fact]
    public void Rows_read_again_below_the_cursor_do_not_move_it_back()
    {
        var cursor = new OutboxCursor(_clock, Settle);
        cursor.Advance([5, 6]);

        cursor.Advance([2, 7]);

        Assert.Equal(7, cursor.After);
        Assert.Equal("1-4", Ranges(cursor));
    }

    [Fact]
    public void Very_many_gaps_are_merged_into_fewer_ranges_that_still_cover_every_missing_id()
    {
        var cursor = new OutboxCursor(_clock, Settle);

        cursor.Advance([.. Enumerable.Range(0, 3_000).Select(i => 2L * i + 1)]);

        var (from, to) = cursor.GapRanges();
        Assert.True(cursor.GapCount <= 1_000);
        Assert.All(Enumerable.Range(1, 2_999).Select(i => 2L * i), missing =>
            Assert.Contains(Enumerable.Range(0, from.Length), r => from[r] <= missing && missing <= to[r]));
    }

    private static string Ranges(OutboxCursor cursor)
    {
        var (from, to) = cursor.GapRanges();
        return string.Join(' ', from.Zip(to, (f, t) => $"{f}-{t}"));
    }
}
