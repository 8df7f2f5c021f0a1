namespace Agrovet.Forum.Communities;

/// <summary>The caller's membership after joining or leaving, with the community's member count.</summary>
public sealed record MembershipResponse(string Community, bool Joined, int MemberCount);
