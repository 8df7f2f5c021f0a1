using NpgsqlTypes;

namespace Agrovet.Forum.Search;

/// <summary>
/// A comment's search vector (its body in Spanish and English), kept off the comment's row for the same reason as
/// <see cref="PostSearchEntry"/>: votes rewrite that row. Written by a trigger on <c>comments</c>.
/// </summary>
public sealed class CommentSearchEntry
{
    public long CommentId { get; init; }

    public NpgsqlTsVector Vector { get; init; } = null!;
}
