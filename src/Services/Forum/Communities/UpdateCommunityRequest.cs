namespace Agrovet.Forum.Communities;

/// <summary>Only the fields present change (the name and address stay).</summary>
public sealed record UpdateCommunityRequest(string? Description, string? Rules);
