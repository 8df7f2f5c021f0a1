namespace Agrovet.Forum.Communities;

/// <summary>A new community; its address (slug) is derived from the name.</summary>
public sealed record CreateCommunityRequest(string? Name, string? Description, string? Rules);
