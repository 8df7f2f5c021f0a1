namespace Agrovet.Chat.Ads;

/// <summary>What chat keeps of an ad (from <c>add.created</c> / <c>add.updated</c>, or asked of the marketplace once).</summary>
public sealed class AdCopy
{
    public long Id { get; init; }

    public long SellerId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Status { get; set; } = "active";

    /// <summary>The time of the newest event the row was written from; an older one never overwrites it.</summary>
    public DateTime EventTime { get; set; }
}
