namespace Agrovet.Forum.Votes;

/// <summary>What a vote came to: the item's totals after it, or that the item is missing or gone (deleted or removed).</summary>
public sealed record VoteOutcome(VoteStatus Status, int Ups, int Downs, int Score)
{
    public static readonly VoteOutcome Missing = new(VoteStatus.Missing, 0, 0, 0);
}
