namespace Agrovet.Forum.Moderation;

/// <summary>A post's or comment's moderation state after an action.</summary>
public sealed record ModerationResponse(long Id, bool Removed, bool Locked);
