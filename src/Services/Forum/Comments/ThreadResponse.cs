namespace Agrovet.Forum.Comments;

/// <summary>
/// A post's comments (or a branch's): <c>comments</c> as a tree or, with <c>?format=flat</c>, as a list in reading
/// order with <c>depth</c>; <c>count</c> is the post's comment count, <c>more</c> the top-level comments left out by
/// the limit.
/// </summary>
public sealed record ThreadResponse(long PostId, string Sort, string Format, int Count, IReadOnlyList<CommentResponse> Comments, int More);
