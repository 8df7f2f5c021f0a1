namespace Agrovet.Forum.Votes;

/// <summary>The caller's vote (<c>my_vote</c>) and the item's totals right after it.</summary>
public sealed record VoteResponse(int MyVote, int Score, int Ups, int Downs);
