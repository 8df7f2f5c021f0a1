namespace Agrovet.Chat.Data;

internal static class Timestamps
{
    // PostgreSQL keeps microseconds: trimmed here, the time compared (and broadcast) is the time stored.
    public static DateTime Trim(DateTime utc) => utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
}
