namespace Agrovet.Forum.Markdown;

/// <summary>Markdown to preview: a post's or comment's <c>body</c> as it would be published.</summary>
public sealed record MarkdownPreviewRequest(string? Body);
