using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Tests;

/// <summary>Votes: one per user and item, changeable, exact under concurrency, shown as my_vote, summed into karma.</summary>
public sealed class VoteTests(ForumApiFactory api) : IClassFixture<ForumApiFactory>
{
    [Fact]
    public async Task A_hundred_users_voting_at_once_on_one_post_give_the_exact_score()
    {
        var author = await api.SignUpAsync();
        var slug = await author.CreateCommunityAsync();
        var postId = await author.CreatePostIdAsync(slug);
        var voters = new List<SignedInUser>();
        for (var batch = 0; batch < 10; batch++)
        {
            voters.AddRange(await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => api.SignUpAsync())));
        }

        await Task.WhenAll(voters.Select(v => v.VoteAsync(ForumClient.Post(postId), 1)));

        var afterUp = await author.Client.GetJsonAsync(ForumClient.Post(postId));
        Assert.Equal(100, afterUp.GetProperty("score").GetInt32());
        Assert.Equal(100, afterUp.GetProperty("ups").GetInt32());

        // Then at once: 50 turn to down, 25 take their vote back, 25 vote up again (no change), each twice.
        await Task.WhenAll(voters.SelectMany((v, i) =>
        {
            var value = i < 50 ? -1 : i < 75 ? 0 : 1;
            return new[] { v.VoteAsync(ForumClient.Post(postId), value), v.VoteAsync(ForumClient.Post(postId), value) };
        }));

        var after = await author.Client.GetJsonAsync(ForumClient.Post(postId));
        Assert.Equal(25, after.GetProperty("ups").GetInt32());
        Assert.Equal(50, after.GetProperty("downs").GetInt32());
        Assert.Equal(-25, after.GetProperty("score").GetInt32());
        var stored = await api.InDbAsync(db => db.PostVotes.Where(v => v.PostId == postId).SumAsync(v => (int)v.Value, Ct));
        Assert.Equal(-25, stored);
        var events = await api.OutboxAsync(ForumClient.Invariant(postId), "foro.reaction.added");
        Assert.Equal(100 + 50 + 25, events.Count);
    }

    [Fact]
    public async Task One_voters_first_votes_sent_all_at_once_leave_one_vote_counted_once()
    {
        var author = await api.SignUpAsync();
        var slug = await author.CreateCommunityAsync();
        var voter = await api.SignUpAsync();
        for (var round = 0; round < 5; round++)
        {
            // Every request finds no vote row when it starts: one inserts it, the others update it under its lock.
            var postId = await author.CreatePostIdAsync(slug);
            await Task.WhenAll(Enumerable.Range(0, 12).Select(i => voter.VoteAsync(ForumClient.Post(postId), i % 3 - 1)));

            var post = await author.Client.GetJsonAsync(ForumClient.Post(postId));
            var stored = await api.InDbAsync(db => db.PostVotes.Where(v => v.PostId == postId).Select(v => (int)v.Value).ToListAsync(Ct));
            var vote = Assert.Single(stored);
            Assert.Equal(vote == 1 ? 1 : 0, post.GetProperty("ups").GetInt32());
            Assert.Equal(vote == -1 ? 1 : 0, post.GetProperty("downs").GetInt32());
            Assert.Equal(vote, post.GetProperty("score").GetInt32());
        }
    }

    [Fact]
    public async Task A_vote_can_be_changed_and_taken_back_and_shows_as_my_vote()
    {
        var author = await api.SignUpAsync();
        var voter = await api.SignUpAsync();
        var slug = await author.CreateCommunityAsync();
        var postId = await author.CreatePostIdAsync(slug);
        var commentId = await author.CommentAsync(postId);

        var up = await voter.VoteAsync(ForumClient.Post(postId), 1);
        Assert.Equal((1, 1, 1, 0), (up.GetProperty("my_vote").GetInt32(), up.GetProperty("score").GetInt32(), up.GetProperty("ups").GetInt32(), up.GetProperty("downs").GetInt32()));
        var down = await voter.VoteAsync(ForumClient.Post(postId), -1);
        Assert.Equal((-1, -1, 0, 1), (down.GetProperty("my_vote").GetInt32(), down.GetProperty("score").GetInt32(), down.GetProperty("ups").GetInt32(), down.GetProperty("downs").GetInt32()));
        Assert.Equal(-1, (await voter.Client.GetJsonAsync(ForumClient.Post(postId))).GetProperty("my_vote").GetInt32());
        Assert.Equal(0, (await author.Client.GetJsonAsync(ForumClient.Post(postId))).GetProperty("my_vote").GetInt32());
        var feed = await voter.Client.GetJsonAsync($"{ForumClient.Api}/posts/?community={slug}");
        Assert.Equal(-1, feed.GetProperty("results")[0].GetProperty("my_vote").GetInt32());
        var back = await voter.VoteAsync(ForumClient.Post(postId), 0);
        Assert.Equal((0, 0), (back.GetProperty("my_vote").GetInt32(), back.GetProperty("score").GetInt32()));

        await voter.VoteAsync(ForumClient.Comment(commentId), 1);
        var thread = await voter.Client.GetJsonAsync(ForumClient.Comments(postId));
        Assert.Equal(1, thread.GetProperty("comments")[0].GetProperty("my_vote").GetInt32());
        Assert.Equal(1, thread.GetProperty("comments")[0].GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task A_vote_that_changes_something_raises_its_event_with_the_author_the_previous_vote_and_the_totals_after_it()
    {
        var author = await api.SignUpAsync();
        var voter = await api.SignUpAsync();
        var slug = await author.CreateCommunityAsync();
        var postId = await author.CreatePostIdAsync(slug);
        var commentId = await author.CommentAsync(postId);

        await voter.VoteAsync(ForumClient.Post(postId), 1);
        await voter.VoteAsync(ForumClient.Post(postId), -1);
        await voter.VoteAsync(ForumClient.Post(postId), -1);
        await voter.VoteAsync(ForumClient.Comment(commentId), 1);

        var events = (await api.OutboxAsync(ForumClient.Invariant(postId), "foro.reaction.added")).Select(e => e.Data).ToList();
        Assert.Equal(3, events.Count);
        Assert.Equal(
            [("post", postId, 1, 0, 1, 0, 1), ("post", postId, -1, 1, 0, 1, -1), ("comment", commentId, 1, 0, 1, 0, 1)],
            events.Select(e => (e.GetProperty("target_type").GetString(), e.GetProperty("target_id").GetInt64(), e.GetProperty("value").GetInt32(),
                e.GetProperty("previous").GetInt32(), e.GetProperty("ups").GetInt32(), e.GetProperty("downs").GetInt32(), e.GetProperty("score").GetInt32())));
        Assert.All(events, e => Assert.Equal((postId, author.Id, voter.Id),
            (e.GetProperty("post_id").GetInt64(), e.GetProperty("author_id").GetInt64(), e.GetProperty("user_id").GetInt64())));
    }

    [Fact]
    public async Task Votes_on_removed_posts_and_on_deleted_or_removed_comments_are_refused_and_change_nothing()
    {
        var moderator = await api.SignUpAsync();
        var author = await api.SignUpAsync();
        var voter = await api.SignUpAsync();
        var slug = await moderator.CreateCommunityAsync();
        var postId = await author.CreatePostIdAsync(slug);
        var deletedId = await author.CommentAsync(postId);
        var removedId = await author.CommentAsync(postId);
        await voter.VoteAsync(ForumClient.Post(postId), 1);
        using (var delete = await author.Client.DeleteAsync(ForumClient.Comment(deletedId), Ct))
        {
            Assert.True(delete.IsSuccessStatusCode);
        }

        using (var remove = await moderator.Client.PostAsync($"{ForumClient.Comment(removedId)}remove/", null, Ct))
        {
            Assert.True(remove.IsSuccessStatusCode);
        }

        using (var remove = await moderator.Client.PostAsync($"{ForumClient.Post(postId)}remove/", null, Ct))
        {
            Assert.True(remove.IsSuccessStatusCode);
        }

        foreach (var (path, value) in new[] { (ForumClient.Post(postId), -1), (ForumClient.Post(postId), 0), (ForumClient.Comment(deletedId), 1), (ForumClient.Comment(removedId), 1) })
        {
            using var refused = await voter.Client.PostAsJsonAsync($"{path}react/", new { value }, Ct);
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        var post = await api.InDbAsync(db => db.Posts.SingleAsync(p => p.Id == postId, Ct));
        Assert.Equal((1, 0, 1), (post.Ups, post.Downs, post.Score));
        Assert.Equal([1], await api.InDbAsync(db => db.PostVotes.Where(v => v.PostId == postId).Select(v => (int)v.Value).ToListAsync(Ct)));
        Assert.Empty(await api.InDbAsync(db => db.CommentVotes.Where(v => v.CommentId == deletedId || v.CommentId == removedId).ToListAsync(Ct)));
        Assert.Single(await api.OutboxAsync(ForumClient.Invariant(postId), "foro.reaction.added"));
    }

    [Fact]
    public async Task Karma_is_the_sum_of_an_authors_scores()
    {
        var author = await api.SignUpAsync();
        var voters = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => api.SignUpAsync()));
        var slug = await author.CreateCommunityAsync();
        var postId = await author.CreatePostIdAsync(slug);
        var commentId = await author.CommentAsync(postId);
        foreach (var voter in voters)
        {
            await voter.VoteAsync(ForumClient.Post(postId), 1);
            await voter.VoteAsync(ForumClient.Comment(commentId), -1);
        }

        await voters[0].VoteAsync(ForumClient.Comment(commentId), 1);

        var card = await api.CreateClient().GetJsonAsync($"{ForumClient.Api}/users/{author.Id}/");
        Assert.Equal(3, card.GetProperty("post_karma").GetInt64());
        Assert.Equal(-1, card.GetProperty("comment_karma").GetInt64());
        Assert.Equal(2, card.GetProperty("karma").GetInt64());
        Assert.Equal(author.Account.Username, card.GetProperty("username").GetString());
        using var unknown = await api.CreateClient().GetAsync($"{ForumClient.Api}/users/987654321/", Ct);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_votes_anonymous_votes_and_votes_on_missing_items_are_refused()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();
        var postId = await user.CreatePostIdAsync(slug);

        foreach (var body in new object[] { new { value = 2 }, new { value = -2 }, new { } })
        {
            using var bad = await user.Client.PostAsJsonAsync($"{ForumClient.Post(postId)}react/", body, Ct);
            await bad.ShouldHaveFieldErrorAsync("value");
        }

        using var anonymous = await api.CreateClient().PostAsJsonAsync($"{ForumClient.Post(postId)}react/", new { value = 1 }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var missingPost = await user.Client.PostAsJsonAsync($"{ForumClient.Post(987_654_321)}react/", new { value = 1 }, Ct);
        await missingPost.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var missingComment = await user.Client.PostAsJsonAsync($"{ForumClient.Comment(987_654_321)}react/", new { value = 1 }, Ct);
        await missingComment.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
