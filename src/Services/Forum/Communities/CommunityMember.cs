namespace Agrovet.Forum.Communities;

/// <summary>A user who joined a community: its posts make their home feed.</summary>
public sealed class CommunityMember
{
    public long CommunityId { get; init; }

    public long UserId { get; init; }

    public DateTime JoinedAt { get; init; }
}
