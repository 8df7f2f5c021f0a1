namespace Agrovet.Forum.Posts;

/// <summary>Only the fields present change; <c>link: ""</c> removes the link.</summary>
public sealed record UpdatePostRequest(string? Title, string? Body, string? Link, IReadOnlyList<Guid>? MediaIds);
