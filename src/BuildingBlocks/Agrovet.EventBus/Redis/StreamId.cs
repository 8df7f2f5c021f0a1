using System.Globalization;
using StackExchange.Redis;

namespace Agrovet.EventBus.Redis;

/// <summary>A Redis stream entry id, <c>&lt;milliseconds&gt;-&lt;sequence&gt;</c>, ordered as Redis orders them.</summary>
internal readonly record struct StreamId(ulong Milliseconds, ulong Sequence) : IComparable<StreamId>
{
    public static StreamId Parse(RedisValue value)
    {
        var text = value.ToString();
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return dash < 0
            ? new StreamId(ulong.Parse(text, CultureInfo.InvariantCulture), 0)
            : new StreamId(ulong.Parse(text.AsSpan(0, dash), CultureInfo.InvariantCulture), ulong.Parse(text.AsSpan(dash + 1), CultureInfo.InvariantCulture));
    }

    public static StreamId Min(StreamId a, StreamId b) => a.CompareTo(b) <= 0 ? a : b;

    /// <summary>The smallest id after this one.</summary>
    public StreamId Next() => Sequence == ulong.MaxValue ? new StreamId(Milliseconds + 1, 0) : this with { Sequence = Sequence + 1 };

    public int CompareTo(StreamId other) =>
        Milliseconds != other.Milliseconds ? Milliseconds.CompareTo(other.Milliseconds) : Sequence.CompareTo(other.Sequence);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Milliseconds}-{Sequence}");
}
