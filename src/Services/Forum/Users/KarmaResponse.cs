namespace Agrovet.Forum.Users;

/// <summary>A user's forum card: <c>karma</c> is the sum of the scores of their posts and comments.</summary>
public sealed record KarmaResponse(long Id, string Username, long Karma, long PostKarma, long CommentKarma, long Posts, long Comments);
