namespace Agrovet.Forum.Common;

/// <summary>An author as the API writes it: <c>{id, username}</c>; a deleted account reads "[deleted]".</summary>
public sealed record AuthorRef(long Id, string Username)
{
    public const string DeletedName = "[deleted]";
}
