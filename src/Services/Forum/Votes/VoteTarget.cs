namespace Agrovet.Forum.Votes;

/// <summary>What a vote is on: its post (the events' subject) and its author.</summary>
public sealed record VoteTarget(long Id, long PostId, long AuthorId);
