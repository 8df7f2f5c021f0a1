using Agrovet.Forum.Posts;

namespace Agrovet.Forum.Feeds;

/// <summary>A post of a feed page with its ranking values, from which the page's cursors are made.</summary>
public sealed class FeedRow
{
    public required PostResponse Post { get; init; }

    public double Hot { get; init; }

    public DateTime CreatedAt { get; init; }

    public int Score { get; init; }

    public double Best { get; init; }

    public double Controversy { get; init; }

    /// <summary>The row's value in <paramref name="sort"/>'s order as 64 bits (doubles by their bit pattern, times in ticks).</summary>
    public long KeyOf(string sort) => sort switch
    {
        FeedSort.New => CreatedAt.Ticks,
        FeedSort.Top => Score,
        FeedSort.Best => BitConverter.DoubleToInt64Bits(Best),
        FeedSort.Controversial => BitConverter.DoubleToInt64Bits(Controversy),
        _ => BitConverter.DoubleToInt64Bits(Hot),
    };
}
