namespace Agrovet.LocalCopies;

/// <summary>The time a copy is "as of": an event's own time (or a token's issue time), in UTC, to the microsecond.</summary>
internal static class EventTimes
{
    // PostgreSQL keeps microseconds: trimmed here, the time compared is the time stored.
    public static DateTime Of(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
