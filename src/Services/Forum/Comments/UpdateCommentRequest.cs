namespace Agrovet.Forum.Comments;

public sealed record UpdateCommentRequest(string? Body);
