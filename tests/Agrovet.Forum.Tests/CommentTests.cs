using Agrovet.Forum.Comments;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Tests;

/// <summary>Threads: any depth in one query, collapse and continuation, deleted placeholders, locks, authorship, bad input.</summary>
public sealed class CommentTests(RecordingForumApiFactory api) : IClassFixture<RecordingForumApiFactory>
{
    [Fact]
    public async Task Anonymous_readers_see_a_comment_added_edited_or_deleted_at_once_though_the_thread_is_remembered()
    {
        var author = await api.SignUpAsync();
        var slug = await author.CreateCommunityAsync();
        var postId = await author.CreatePostIdAsync(slug);
        var first = await author.CommentAsync(postId, "Primera");
        var anonymous = api.CreateClient();
        var url = $"{ForumClient.Comments(postId)}?sort=new";
        static List<string?> Bodies(JsonElement thread) => [.. thread.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("body").GetString())];
        Assert.Equal(["Primera"], Bodies(await anonymous.GetJsonAsync(url)));
        Assert.Equal(["Primera"], Bodies(await anonymous.GetJsonAsync(url)));

        var second = await author.CommentAsync(postId, "Segunda");
        Assert.Equal(["Segunda", "Primera"], Bodies(await anonymous.GetJsonAsync(url)));

        using (var edit = await author.Client.PatchAsJsonAsync(ForumClient.Comment(second), new { body = "Segunda, corregida" }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }

        Assert.Equal(["Segunda, corregida", "Primera"], Bodies(await anonymous.GetJsonAsync(url)));

        using (var delete = await author.Client.DeleteAsync(ForumClient.Comment(first), Ct))
        {
            await delete.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        Assert.Equal(["Segunda, corregida"], Bodies(await anonymous.GetJsonAsync(url)));
        var signedIn = await author.Client.GetJsonAsync(url);
        Assert.Equal(Bodies(signedIn), Bodies(await anonymous.GetJsonAsync(url)));
    }

    [Fact]
    public async Task A_thousand_comment_thread_of_depth_fifty_comes_back_in_one_query_in_the_right_order()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();
        var postId = await user.CreatePostIdAsync(slug);
        var communityId = (await user.Client.GetJsonAsync(ForumClient.Post(postId))).GetProperty("community").GetProperty("id").GetInt64();
        var random = new Random(12);
        var comments = new List<Comment>();
        var baseId = 50_000_000L + (postId * 10_000);
        for (var chain = 0; chain < 10; chain++)
        {
            Comment? parent = null;
            for (var depth = 0; depth < 50; depth++)
            {
                parent = New(baseId + comments.Count, parent);
                comments.Add(parent);
            }
        }

        while (comments.Count < 1000)
        {
            var parent = comments[random.Next(comments.Count)];
            comments.Add(New(baseId + comments.Count, parent.Depth < 49 ? parent : null));
        }

        await api.InDbAsync(async db =>
        {
            db.Comments.AddRange(comments);
            await db.SaveChangesAsync(Ct);
            return await db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(p => p.SetProperty(x => x.CommentCount, 1000), Ct);
        });
        api.Recorder.Clear();

        var thread = await user.Client.GetJsonAsync($"{ForumClient.Comments(postId)}?sort=best&format=flat&depth=50&limit=1000");

        var expected = new List<long>();
        void Walk(long? parent)
        {
            foreach (var child in comments.Where(c => c.ParentId == parent).OrderByDescending(c => c.Best).ThenBy(c => c.Id))
            {
                expected.Add(child.Id);
                Walk(child.Id);
            }
        }

        Walk(null);
        var flat = thread.GetProperty("comments");
        Assert.Equal(expected, flat.Ids());
        Assert.Equal(49, flat.EnumerateArray().Max(c => c.GetProperty("depth").GetInt32()));
        Assert.Equal(1000, thread.GetProperty("count").GetInt32());
        Assert.Single(api.Recorder.Commands, c => c.Sql.Contains("FROM comments", StringComparison.Ordinal));

        Comment New(long id, Comment? parent)
        {
            var ups = random.Next(0, 40);
            var downs = random.Next(0, 15);
            return new Comment
            {
                Id = id,
                PostId = postId,
                CommunityId = communityId,
                ParentId = parent?.Id,
                Depth = parent is null ? 0 : parent.Depth + 1,
                AuthorId = user.Id,
                Body = $"c{id}",
                BodyHtml = $"<p>c{id}</p>",
                CreatedAt = DateTime.UtcNow,
                Ups = ups,
                Downs = downs,
                Score = ups - downs,
                Best = Rankings.Ranking.Best(ups, downs),
                Controversy = Rankings.Ranking.Controversy(ups, downs),
            };
        }
    }

    [Fact]
    public async Task A_thread_as_deep_as_the_deepest_depth_allowed_comes_back_whole_as_a_tree()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();
        var postId = await user.CreatePostIdAsync(slug);
        var communityId = (await user.Client.GetJsonAsync(ForumClient.Post(postId))).GetProperty("community").GetProperty("id").GetInt64();
        var baseId = 60_000_000L + (postId * 10_000);
        var chain = new List<Comment>();
        for (var depth = 0; depth < CommentEndpoints.MaxDepth; depth++)
        {
            chain.Add(new Comment
            {
                Id = baseId + depth,
                PostId = postId,
                CommunityId = communityId,
                ParentId = depth == 0 ? null : baseId + depth - 1,
                Depth = depth,
                AuthorId = user.Id,
                Body = $"nivel {depth}",
                BodyHtml = $"<p>nivel {depth}</p>",
                CreatedAt = DateTime.UtcNow,
            });
        }

        await api.InDbAsync(async db =>
        {
            db.Comments.AddRange(chain);
            await db.SaveChangesAsync(Ct);
            return await db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(p => p.SetProperty(x => x.CommentCount, chain.Count), Ct);
        });

        using var response = await user.Client.GetAsync($"{ForumClient.Comments(postId)}?sort=best&depth={CommentEndpoints.MaxDepth}&limit={CommentEndpoints.MaxDepth}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct), new JsonDocumentOptions { MaxDepth = ForumServiceExtensions.ThreadJsonDepth });
        var thread = document.RootElement;

        var ids = new List<long>();
        for (var level = thread.GetProperty("comments"); level.GetArrayLength() > 0; level = level[0].GetProperty("replies"))
        {
            Assert.Equal(1, level.GetArrayLength());
            ids.Add(level[0].GetProperty("id").GetInt64());
        }

        Assert.Equal(chain.Select(c => c.Id), ids);
    }

    [Fact]
    public async Task Deep_branches_collapse_into_more_replies_and_continue_from_the_last_comment_shown()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();
        var postId = await user.CreatePostIdAsync(slug);
        long? parent = null;
        var chain = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            parent = await user.CommentAsync(postId, $"respuesta {i}", parent);
            chain.Add(parent.Value);
        }

        var tree = await user.Client.GetJsonAsync($"{ForumClient.Comments(postId)}?depth=3");
        var third = tree.GetProperty("comments")[0].GetProperty("replies")[0].GetProperty("replies")[0];
        Assert.Equal(chain[2], third.GetProperty("id").GetInt64());
        Assert.Empty(third.GetProperty("replies").EnumerateArray());
        Assert.Equal(3, third.GetProperty("more_replies").GetInt32());

        var continued = await user.Client.GetJsonAsync($"{ForumClient.Api}/comments/{chain[2]}/replies/?format=flat");
        Assert.Equal(chain[2..], continued.GetProperty("comments").Ids());

        var limited = await user.Client.GetJsonAsync($"{ForumClient.Comments(postId)}?limit=2&format=flat");
        Assert.Equal(chain[..2], limited.GetProperty("comments").Ids());
        Assert.Equal(4, limited.GetProperty("comments")[1].GetProperty("more_replies").GetInt32());
    }

    [Fact]
    public async Task A_deleted_comment_with_replies_keeps_its_place_as_deleted_and_one_without_leaves()
    {
        var author = await api.SignUpAsync();
        var other = await api.SignUpAsync();
        var slug = await author.CreateCommunityAsync();
        var postId = await author.CreatePostIdAsync(slug);
        var parent = await author.CommentAsync(postId, "Padre");
        var reply = await other.CommentAsync(postId, "Respuesta", parent);
        var lonely = await author.CommentAsync(postId, "Sola");

        using (var forbidden = await other.Client.DeleteAsync(ForumClient.Comment(parent), Ct))
        {
            await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        foreach (var id in new[] { parent, lonely })
        {
            using var delete = await author.Client.DeleteAsync(ForumClient.Comment(id), Ct);
            await delete.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        var thread = await other.Client.GetJsonAsync($"{ForumClient.Comments(postId)}?format=flat");
        Assert.Equal([parent, reply], thread.GetProperty("comments").Ids());
        var placeholder = thread.GetProperty("comments")[0];
        Assert.Equal("[deleted]", placeholder.GetProperty("body").GetString());
        Assert.Equal(JsonValueKind.Null, placeholder.GetProperty("author").ValueKind);
        Assert.Equal(1, thread.GetProperty("count").GetInt32());
        using var answerDeleted = await other.Client.PostAsJsonAsync(ForumClient.Comments(postId), new { body = "¿?", parent_id = parent }, Ct);
        await answerDeleted.ShouldHaveFieldErrorAsync("parent_id");
    }

    [Fact]
    public async Task A_locked_post_refuses_new_comments_but_from_moderators()
    {
        var moderator = await api.SignUpAsync();
        var member = await api.SignUpAsync();
        var slug = await moderator.CreateCommunityAsync();
        var postId = await member.CreatePostIdAsync(slug);

        using (var notModerator = await member.Client.PostAsync($"{ForumClient.Post(postId)}lock/", null, Ct))
        {
            await notModerator.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var lockIt = await moderator.Client.PostAsync($"{ForumClient.Post(postId)}lock/", null, Ct))
        {
            Assert.True((await lockIt.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("locked").GetBoolean());
        }

        using (var refused = await member.Client.PostAsJsonAsync(ForumClient.Comments(postId), new { body = "¿Y ahora?" }, Ct))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        await moderator.CommentAsync(postId, "Cerrado: resuelto.");
        Assert.True((await member.Client.GetJsonAsync(ForumClient.Post(postId))).GetProperty("locked").GetBoolean());
        Assert.Single(await api.AuditEntriesAsync("forum_post", postId));
    }

    [Fact]
    public async Task Only_the_author_edits_a_comment()
    {
        var author = await api.SignUpAsync();
        var other = await api.SignUpAsync();
        var slug = await author.CreateCommunityAsync();
        var postId = await author.CreatePostIdAsync(slug);
        var id = await author.CommentAsync(postId);

        using (var forbidden = await other.Client.PatchAsJsonAsync(ForumClient.Comment(id), new { body = "Mío" }, Ct))
        {
            await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using var edit = await author.Client.PatchAsJsonAsync(ForumClient.Comment(id), new { body = "**Dosis** corregida" }, Ct);
        var edited = await edit.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("<p><strong>Dosis</strong> corregida</p>\n", edited.GetProperty("body_html").GetString());
        Assert.NotEqual(JsonValueKind.Null, edited.GetProperty("edited_at").ValueKind);
        using var empty = await author.Client.PatchAsJsonAsync(ForumClient.Comment(id), new { body = " " }, Ct);
        await empty.ShouldHaveFieldErrorAsync("body");
    }

    [Fact]
    public async Task Bad_comment_input_and_parameters_name_the_field()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();
        var postId = await user.CreatePostIdAsync(slug);
        var otherPost = await user.CreatePostIdAsync(slug);
        var elsewhere = await user.CommentAsync(otherPost);

        using (var empty = await user.Client.PostAsJsonAsync(ForumClient.Comments(postId), new { body = "" }, Ct))
        {
            await empty.ShouldHaveFieldErrorAsync("body");
        }

        using (var tooLong = await user.Client.PostAsJsonAsync(ForumClient.Comments(postId), new { body = new string('a', 10_001) }, Ct))
        {
            await tooLong.ShouldHaveFieldErrorAsync("body");
        }

        using (var wrongParent = await user.Client.PostAsJsonAsync(ForumClient.Comments(postId), new { body = "x", parent_id = elsewhere }, Ct))
        {
            await wrongParent.ShouldHaveFieldErrorAsync("parent_id");
        }

        using (var anonymous = await api.CreateClient().PostAsJsonAsync(ForumClient.Comments(postId), new { body = "x" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var missing = await user.Client.PostAsJsonAsync(ForumClient.Comments(987_654_321), new { body = "x" }, Ct))
        {
            await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        foreach (var (query, field) in new[] { ("sort=hot", "sort"), ("format=xml", "format"), ("depth=0", "depth"), ("limit=5001", "limit") })
        {
            using var response = await user.Client.GetAsync($"{ForumClient.Comments(postId)}?{query}", Ct);
            await response.ShouldHaveFieldErrorAsync(field);
        }
    }
}
