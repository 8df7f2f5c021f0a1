namespace Agrovet.Forum.Votes;

/// <summary><c>{value: 1 | -1 | 0}</c>: up, down, or take the vote back.</summary>
public sealed record VoteRequest(int? Value);
