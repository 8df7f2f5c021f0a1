namespace Agrovet.Forum.Markdown;

/// <summary>The sanitized HTML a post or comment with this body would show: exactly what publishing it stores.</summary>
public sealed record MarkdownPreviewResponse(string BodyHtml);
