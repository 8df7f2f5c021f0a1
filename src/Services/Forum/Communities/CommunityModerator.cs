namespace Agrovet.Forum.Communities;

/// <summary>A moderator of a community (its creator is the first); admins moderate every community without a row.</summary>
public sealed class CommunityModerator
{
    public long CommunityId { get; init; }

    public long UserId { get; init; }

    public DateTime AddedAt { get; init; }

    public long AddedBy { get; init; }
}
