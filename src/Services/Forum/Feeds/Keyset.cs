using System.Linq.Expressions;
using Agrovet.Forum.Posts;

namespace Agrovet.Forum.Feeds;

/// <summary>
/// One page of posts in a ranking order by keyset: rows after (or before) the cursor's (value, id), read from the
/// order's index from that point, so page 50 costs what page 1 does. The condition is written
/// <c>key &lt;= v AND (key &lt; v OR id &lt; i)</c> so that its first half bounds the index scan.
/// </summary>
public static class Keyset
{
    public static IQueryable<Post> Page<TKey>(IQueryable<Post> posts, Expression<Func<Post, TKey>> key, FeedCursor? cursor, Func<long, TKey> decode)
        where TKey : struct
    {
        var p = key.Parameters[0];
        var keyBody = key.Body;
        var id = Expression.Property(p, nameof(Post.Id));
        if (cursor is not null)
        {
            // Captured values, so EF sends them as parameters (one cached plan for every page).
            var value = Expression.Property(Expression.Constant(new Boxed<TKey>(decode(cursor.Key))), nameof(Boxed<TKey>.Value));
            var idValue = Expression.Property(Expression.Constant(new Boxed<long>(cursor.Id)), nameof(Boxed<long>.Value));
            var condition = cursor.Before
                ? Expression.AndAlso(
                    Expression.GreaterThanOrEqual(keyBody, value),
                    Expression.OrElse(Expression.GreaterThan(keyBody, value), Expression.GreaterThan(id, idValue)))
                : Expression.AndAlso(
                    Expression.LessThanOrEqual(keyBody, value),
                    Expression.OrElse(Expression.LessThan(keyBody, value), Expression.LessThan(id, idValue)));
            posts = posts.Where(Expression.Lambda<Func<Post, bool>>(condition, p));
        }

        return cursor?.Before == true
            ? posts.OrderBy(key).ThenBy(x => x.Id)
            : posts.OrderByDescending(key).ThenByDescending(x => x.Id);
    }

    private sealed class Boxed<T>(T value)
    {
        public T Value { get; } = value;
    }
}
