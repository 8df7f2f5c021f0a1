namespace Agrovet.Forum.Tests;

/// <summary>Reports, the moderation queue, removal and restoration: moderators and admins only, every action audited.</summary>
public sealed class ModerationTests(ForumApiFactory api) : IClassFixture<ForumApiFactory>
{
    [Fact]
    public async Task A_reported_comment_waits_in_the_queue_until_a_moderator_removes_it()
    {
        var moderator = await api.SignUpAsync();
        var author = await api.SignUpAsync();
        var reporter = await api.SignUpAsync();
        var slug = await moderator.CreateCommunityAsync();
        var postId = await author.CreatePostIdAsync(slug);
        var commentId = await author.CommentAsync(postId, "Compre mi remedio milagroso");

        using (var report = await reporter.Client.PostAsJsonAsync($"{ForumClient.Comment(commentId)}report/", new { reason = "Spam" }, Ct))
        {
            await report.ShouldBeAsync(HttpStatusCode.Created);
        }

        using (var twice = await reporter.Client.PostAsJsonAsync($"{ForumClient.Comment(commentId)}report/", new { reason = "Spam otra vez" }, Ct))
        {
            await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        using (var notModerator = await reporter.Client.GetAsync($"{ForumClient.Community(slug)}reports/", Ct))
        {
            await notModerator.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        var queue = await moderator.Client.GetJsonAsync($"{ForumClient.Community(slug)}reports/");
        Assert.Equal(1, queue.GetProperty("count").GetInt64());
        var entry = queue.GetProperty("results")[0];
        Assert.Equal(commentId, entry.GetProperty("comment_id").GetInt64());
        Assert.Equal("Spam", entry.GetProperty("reason").GetString());
        Assert.Equal(reporter.Id, entry.GetProperty("reporter").GetProperty("id").GetInt64());
        var reportId = entry.GetProperty("id").GetInt64();

        using (var notTheirs = await author.Client.PostAsJsonAsync($"{ForumClient.Api}/reports/{reportId}/resolve/", new { action = "dismiss" }, Ct))
        {
            await notTheirs.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var badAction = await moderator.Client.PostAsJsonAsync($"{ForumClient.Api}/reports/{reportId}/resolve/", new { action = "ban" }, Ct))
        {
            await badAction.ShouldHaveFieldErrorAsync("action");
        }

        using (var resolve = await moderator.Client.PostAsJsonAsync($"{ForumClient.Api}/reports/{reportId}/resolve/", new { action = "remove" }, Ct))
        {
            Assert.Equal("removed", (await resolve.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("resolution").GetString());
        }

        Assert.Equal(0, (await moderator.Client.GetJsonAsync($"{ForumClient.Community(slug)}reports/")).GetProperty("count").GetInt64());
        Assert.Equal(1, (await moderator.Client.GetJsonAsync($"{ForumClient.Community(slug)}reports/?resolved=true")).GetProperty("count").GetInt64());
        var publicThread = await reporter.Client.GetJsonAsync(ForumClient.Comments(postId));
        Assert.Equal("[removed]", publicThread.GetProperty("comments")[0].GetProperty("body").GetString());
        var modThread = await moderator.Client.GetJsonAsync(ForumClient.Comments(postId));
        Assert.Equal("Compre mi remedio milagroso", modThread.GetProperty("comments")[0].GetProperty("body").GetString());
        Assert.True(modThread.GetProperty("comments")[0].GetProperty("removed").GetBoolean());
        var removal = await api.SingleAuditEntryAsync("forum_comment", commentId);
        Assert.Equal("remove", removal.GetProperty("action").GetString());
        Assert.Equal(moderator.Id, removal.GetProperty("actor_id").GetInt64());
        Assert.Single(await api.AuditEntriesAsync("forum_report", reportId));
    }

    [Fact]
    public async Task Moderators_remove_and_restore_posts_and_admins_moderate_everywhere_each_action_audited()
    {
        var moderator = await api.SignUpAsync();
        var author = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        var slug = await moderator.CreateCommunityAsync();
        var postId = await author.CreatePostIdAsync(slug);

        using (var byAuthor = await author.Client.PostAsync($"{ForumClient.Post(postId)}remove/", null, Ct))
        {
            await byAuthor.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var anonymous = await api.CreateClient().PostAsync($"{ForumClient.Post(postId)}remove/", null, Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var remove = await moderator.Client.PostAsync($"{ForumClient.Post(postId)}remove/", null, Ct))
        {
            Assert.True((await remove.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("removed").GetBoolean());
        }

        using (var editRemoved = await author.Client.PatchAsJsonAsync(ForumClient.Post(postId), new { title = "Vuelvo" }, Ct))
        {
            await editRemoved.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        using (var restore = await admin.Client.PostAsync($"{ForumClient.Post(postId)}restore/", null, Ct))
        {
            Assert.False((await restore.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("removed").GetBoolean());
        }

        using (var missing = await moderator.Client.PostAsync($"{ForumClient.Post(987_654_321)}lock/", null, Ct))
        {
            await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        var entries = await api.AuditEntriesAsync("forum_post", postId);
        Assert.Equal(["remove", "restore"], entries.Select(e => e.Data.GetProperty("action").GetString()));
        Assert.Equal([moderator.Id, admin.Id], entries.Select(e => e.Data.GetProperty("actor_id").GetInt64()));
        var feed = await author.Client.GetJsonAsync($"{ForumClient.Api}/posts/?community={slug}");
        Assert.Equal([postId], feed.GetProperty("results").Ids());
    }

    [Fact]
    public async Task A_report_needs_a_reason_and_a_signed_in_reporter()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();
        var postId = await user.CreatePostIdAsync(slug);

        using (var noReason = await user.Client.PostAsJsonAsync($"{ForumClient.Post(postId)}report/", new { reason = "" }, Ct))
        {
            await noReason.ShouldHaveFieldErrorAsync("reason");
        }

        using (var tooLong = await user.Client.PostAsJsonAsync($"{ForumClient.Post(postId)}report/", new { reason = new string('x', 501) }, Ct))
        {
            await tooLong.ShouldHaveFieldErrorAsync("reason");
        }

        using (var anonymous = await api.CreateClient().PostAsJsonAsync($"{ForumClient.Post(postId)}report/", new { reason = "x" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var missing = await user.Client.PostAsJsonAsync($"{ForumClient.Post(987_654_321)}report/", new { reason = "x" }, Ct);
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
