using NpgsqlTypes;

namespace Agrovet.Forum.Search;

/// <summary>
/// A post's search vector (title weighted A, body B, in Spanish and English), in a table of its own, written by a trigger
/// on <c>posts</c> when a post is created or its title or body changes. Kept off the post's row because every vote
/// rewrites that row: with the vector and its GIN index there, each vote also re-inserted every word of the post into
/// the index (the service's README has the measurement).
/// </summary>
public sealed class PostSearchEntry
{
    public long PostId { get; init; }

    public NpgsqlTsVector Vector { get; init; } = null!;
}
