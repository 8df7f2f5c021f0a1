using Agrovet.Forum.Common;

namespace Agrovet.Forum.Communities;

/// <summary>
/// A community. <c>joined</c> and <c>is_moderator</c> are the caller's (false for anonymous callers);
/// <c>moderators</c> is filled in the detail and null in lists.
/// </summary>
public sealed record CommunityResponse(
    long Id,
    string Slug,
    string Name,
    string Description,
    string Rules,
    AuthorRef Creator,
    DateTime CreatedAt,
    int MemberCount,
    long PostCount,
    bool Joined,
    bool IsModerator,
    IReadOnlyList<AuthorRef>? Moderators);
