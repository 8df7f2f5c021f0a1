namespace Agrovet.Forum.Comments;

/// <summary>A comment in Markdown; <c>parent_id</c> answers another comment of the same post (null: the post).</summary>
public sealed record CreateCommentRequest(string? Body, long? ParentId);
