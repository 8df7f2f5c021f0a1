using Agrovet.Forum.Rankings;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Tests;

/// <summary>
/// The feeds' and threads' orders are the formulas' (Agrovet.Forum.Rankings.Ranking, reddit's): a crafted set of posts
/// and comments — ties, negative scores, old and new — comes back in the order the formulas give, and the stored
/// values the database computed on votes equal them.
/// </summary>
public sealed class RankingTests(ForumApiFactory api) : IClassFixture<ForumApiFactory>
{
    // To the microsecond, as PostgreSQL keeps it.
    private static readonly DateTime Now = new(DateTime.UtcNow.AddMinutes(-5).Ticks / 10 * 10, DateTimeKind.Utc);

    /// <summary>(ups, downs, age): equal ones (a tie broken by id), negative, zero, and scores worth hours.</summary>
    private static readonly (int Ups, int Downs, TimeSpan Age)[] Crafted =
    [
        (10, 0, TimeSpan.FromHours(1)),
        (10, 0, TimeSpan.FromHours(1)),
        (100, 0, TimeSpan.FromHours(13)),
        (1, 0, TimeSpan.Zero),
        (0, 0, TimeSpan.FromMinutes(30)),
        (0, 5, TimeSpan.Zero),
        (3, 30, TimeSpan.FromHours(2)),
        (1000, 1, TimeSpan.FromDays(2)),
        (50, 50, TimeSpan.FromHours(3)),
        (40, 60, TimeSpan.FromHours(3)),
        (12, 10, TimeSpan.FromDays(1)),
        (1, 1, TimeSpan.FromMinutes(1)),
    ];

    [Fact]
    public async Task Posts_come_in_the_order_of_the_hot_best_top_and_controversial_formulas()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();
        var posts = new List<(long Id, int Ups, int Downs, DateTime CreatedAt)>();
        foreach (var (ups, downs, age) in Crafted)
        {
            var id = await user.CreatePostIdAsync(slug);
            var createdAt = Now - age;
            await api.InDbAsync(db => db.Database.ExecuteSqlAsync($"""
                UPDATE posts SET ups = {ups}, downs = {downs}, score = {ups - downs}, created_at = {createdAt},
                    hot = forum_hot({ups}, {downs}, {createdAt}), best = forum_best({ups}, {downs}), controversy = forum_controversy({ups}, {downs})
                WHERE id = {id}
                """, Ct));
            posts.Add((id, ups, downs, createdAt));
        }

        await AssertOrderAsync(user, slug, "hot", [.. posts.OrderByDescending(p => Ranking.Hot(p.Ups, p.Downs, p.CreatedAt)).ThenByDescending(p => p.Id).Select(p => p.Id)]);
        await AssertOrderAsync(user, slug, "new", [.. posts.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Select(p => p.Id)]);
        await AssertOrderAsync(user, slug, "top", [.. posts.OrderByDescending(p => p.Ups - p.Downs).ThenByDescending(p => p.Id).Select(p => p.Id)]);
        await AssertOrderAsync(user, slug, "best", [.. posts.OrderByDescending(p => Ranking.Best(p.Ups, p.Downs)).ThenByDescending(p => p.Id).Select(p => p.Id)]);
        await AssertOrderAsync(user, slug, "controversial", [.. posts.OrderByDescending(p => Ranking.Controversy(p.Ups, p.Downs)).ThenByDescending(p => p.Id).Select(p => p.Id)]);
        var dayOnly = posts.Where(p => p.CreatedAt >= DateTime.UtcNow.AddDays(-1)).OrderByDescending(p => p.Ups - p.Downs).ThenByDescending(p => p.Id).Select(p => p.Id).ToList();
        var day = await user.Client.GetJsonAsync($"{ForumClient.Api}/posts/?community={slug}&sort=top&t=day&page_size=100");
        Assert.Equal(dayOnly, day.GetProperty("results").Ids());
        Assert.Equal(dayOnly.Count, day.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task The_stored_rankings_the_database_computes_equal_the_formulas()
    {
        var stored = await api.InDbAsync(db => db.Database.SqlQuery<double>($"SELECT forum_hot(7, 2, '2026-01-02T03:04:05.123456Z'::timestamptz) AS \"Value\"").ToListAsync(Ct));
        Assert.Equal(Ranking.Hot(7, 2, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1_234_560)), stored[0], 7);
        foreach (var (ups, downs, _) in Crafted)
        {
            var best = await api.InDbAsync(db => db.Database.SqlQuery<double>($"SELECT forum_best({ups}, {downs}) AS \"Value\"").ToListAsync(Ct));
            var controversy = await api.InDbAsync(db => db.Database.SqlQuery<double>($"SELECT forum_controversy({ups}, {downs}) AS \"Value\"").ToListAsync(Ct));
            Assert.Equal(Ranking.Best(ups, downs), best[0], 12);
            Assert.Equal(Ranking.Controversy(ups, downs), controversy[0], 9);
        }

        // reddit's own examples: a negative score sinks by its order of magnitude; an hour's age is 3600/45000.
        Assert.Equal(-1, Ranking.Hot(0, 10, DateTime.UnixEpoch.AddSeconds(Ranking.HotEpochOffset)), 7);
        Assert.Equal(3600 / 45000.0, Ranking.Hot(1, 1, DateTime.UnixEpoch.AddSeconds(Ranking.HotEpochOffset + 3600)), 7);
        Assert.Equal(0, Ranking.Controversy(10, 0));
        Assert.True(Ranking.Best(10, 0) > Ranking.Best(60, 40));
    }

    [Fact]
    public async Task The_planner_inlines_every_ranking_function_into_the_statement_that_calls_it()
    {
        // A function left as a call is parsed and planned again on each execution of a vote's statement.
        var plan = await api.InDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync(Ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "EXPLAIN (VERBOSE, COSTS OFF) "
                + "SELECT forum_hot(ups, downs, created_at), forum_best(ups, downs), forum_controversy(ups, downs) FROM posts";
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                lines.Add(reader.GetString(0));
            }

            return lines;
        });
        var text = string.Join('\n', plan);
        Assert.DoesNotContain("forum_", text, StringComparison.Ordinal);
        Assert.Contains("sqrt", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comments_come_in_the_order_of_each_sort_at_every_level()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();
        var postId = await user.CreatePostIdAsync(slug);
        var comments = new List<(long Id, long? Parent, int Ups, int Downs)>();
        long? parent = null;
        for (var level = 0; level < 3; level++)
        {
            long? firstOfLevel = null;
            foreach (var (ups, downs, _) in Crafted)
            {
                var id = await user.CommentAsync(postId, $"nivel {level}", parent);
                firstOfLevel ??= id;
                await api.InDbAsync(db => db.Database.ExecuteSqlAsync($"""
                    UPDATE comments SET ups = {ups}, downs = {downs}, score = {ups - downs},
                        best = forum_best({ups}, {downs}), controversy = forum_controversy({ups}, {downs})
                    WHERE id = {id}
                    """, Ct));
                comments.Add((id, parent, ups, downs));
            }

            parent = firstOfLevel;
        }

        foreach (var sort in new[] { "best", "top", "controversial", "new" })
        {
            Func<(long Id, long? Parent, int Ups, int Downs), double> key = sort switch
            {
                "best" => c => Ranking.Best(c.Ups, c.Downs),
                "top" => c => c.Ups - c.Downs,
                "controversial" => c => Ranking.Controversy(c.Ups, c.Downs),
                _ => c => c.Id,
            };
            var expected = new List<long>();
            void Walk(long? of)
            {
                var children = comments.Where(c => c.Parent == of);
                var ordered = sort == "new" ? children.OrderByDescending(c => c.Id) : children.OrderByDescending(key).ThenBy(c => c.Id);
                foreach (var child in ordered)
                {
                    expected.Add(child.Id);
                    Walk(child.Id);
                }
            }

            Walk(null);
            var thread = await user.Client.GetJsonAsync($"{ForumClient.Comments(postId)}?sort={sort}&format=flat");
            Assert.Equal(expected, thread.GetProperty("comments").Ids());
        }
    }

    private static async Task AssertOrderAsync(SignedInUser user, string slug, string sort, List<long> expected)
    {
        var feed = await user.Client.GetJsonAsync($"{ForumClient.Api}/posts/?community={slug}&sort={sort}&page_size=100");
        Assert.Equal(expected, feed.GetProperty("results").Ids());
        Assert.Equal(expected.Count, feed.GetProperty("count").GetInt64());
    }
}
