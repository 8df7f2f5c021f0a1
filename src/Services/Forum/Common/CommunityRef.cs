namespace Agrovet.Forum.Common;

/// <summary>A post's community as the API writes it: <c>{id, slug, name}</c>.</summary>
public sealed record CommunityRef(long Id, string Slug, string Name);
