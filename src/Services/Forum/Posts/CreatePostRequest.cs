namespace Agrovet.Forum.Posts;

/// <summary>A new post in <c>community</c> (its slug): Markdown <c>body</c>, optional <c>link</c> and images (the author's uploads).</summary>
public sealed record CreatePostRequest(string? Community, string? Title, string? Body, string? Link, IReadOnlyList<Guid>? MediaIds);
