namespace Agrovet.Forum.Tests;

/// <summary>Posts: publishing, Markdown made safe, editing and deleting by their authors only, images, bad input.</summary>
public sealed class PostTests(ForumApiFactory api) : IClassFixture<ForumApiFactory>
{
    [Fact]
    public async Task A_post_answers_with_its_community_author_totals_and_rendered_Markdown()
    {
        var farmer = await api.SignUpAsync();
        var slug = await farmer.CreateCommunityAsync();

        var post = await farmer.CreatePostAsync(slug, "Terneros con diarrea", "Mis **terneros** tienen diarrea.\n\n- uno\n- dos");

        Assert.Equal(slug, post.GetProperty("community").GetProperty("slug").GetString());
        Assert.Equal(farmer.Id, post.GetProperty("author").GetProperty("id").GetInt64());
        Assert.Equal(farmer.Account.Username, post.GetProperty("author").GetProperty("username").GetString());
        Assert.Equal(0, post.GetProperty("score").GetInt32());
        Assert.Equal(0, post.GetProperty("comment_count").GetInt32());
        Assert.Equal(0, post.GetProperty("my_vote").GetInt32());
        Assert.Contains("<strong>terneros</strong>", post.GetProperty("body_html").GetString(), StringComparison.Ordinal);
        Assert.Contains("<li>dos</li>", post.GetProperty("body_html").GetString(), StringComparison.Ordinal);
        var outbox = await api.OutboxAsync(ForumClient.Invariant(post.GetProperty("id").GetInt64()), "foro.post.created");
        Assert.Single(outbox);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public async Task Markdown_with_scripts_javascript_links_or_event_attributes_comes_back_inert(string markdown)
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();

        var post = await user.CreatePostAsync(slug, "Prueba", markdown);
        var postId = post.GetProperty("id").GetInt64();
        var commentId = await user.CommentAsync(postId, markdown);

        var comment = (await user.Client.GetJsonAsync(ForumClient.Comments(postId))).GetProperty("comments")[0];
        Assert.Equal(commentId, comment.GetProperty("id").GetInt64());
        foreach (var html in new[] { post.GetProperty("body_html").GetString()!, comment.GetProperty("body_html").GetString()! })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=\"x\"", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", Hrefs(html), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"<[^>]+\son[a-z]+\s*=", html);
        }
    }

    [Fact]
    public async Task Safe_links_keep_their_address_and_open_without_the_opener()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();

        var post = await user.CreatePostAsync(slug, "Enlace", "Ver [INTA](https://inta.gob.ar/vacunas)");

        var html = post.GetProperty("body_html").GetString()!;
        Assert.Contains("href=\"https://inta.gob.ar/vacunas\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow ugc noopener\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_author_edits_a_post_and_an_edit_sets_edited_at()
    {
        var author = await api.SignUpAsync();
        var other = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        var slug = await author.CreateCommunityAsync();
        var id = await author.CreatePostIdAsync(slug);

        using (var forbidden = await other.Client.PatchAsJsonAsync(ForumClient.Post(id), new { title = "Mío" }, Ct))
        {
            await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var byAdmin = await admin.Client.PatchAsJsonAsync(ForumClient.Post(id), new { title = "Del admin" }, Ct))
        {
            await byAdmin.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var anonymous = await api.CreateClient().PatchAsJsonAsync(ForumClient.Post(id), new { title = "Nadie" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var edit = await author.Client.PatchAsJsonAsync(ForumClient.Post(id), new { title = "Terneros (resuelto)", body = "_Gracias_", link = "https://example.org/x" }, Ct);
        var edited = await edit.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("Terneros (resuelto)", edited.GetProperty("title").GetString());
        Assert.Equal("<p><em>Gracias</em></p>\n", edited.GetProperty("body_html").GetString());
        Assert.Equal("https://example.org/x", edited.GetProperty("link").GetString());
        Assert.NotEqual(JsonValueKind.Null, edited.GetProperty("edited_at").ValueKind);
    }

    [Fact]
    public async Task Only_the_author_or_an_admin_deletes_a_post_and_it_leaves_the_feed_and_the_count()
    {
        var author = await api.SignUpAsync();
        var other = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        var slug = await author.CreateCommunityAsync();
        var first = await author.CreatePostIdAsync(slug);
        var second = await author.CreatePostIdAsync(slug);

        using (var forbidden = await other.Client.DeleteAsync(ForumClient.Post(first), Ct))
        {
            await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var delete = await author.Client.DeleteAsync(ForumClient.Post(first), Ct))
        {
            await delete.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        using (var byAdmin = await admin.Client.DeleteAsync(ForumClient.Post(second), Ct))
        {
            await byAdmin.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        using (var gone = await other.Client.GetAsync(ForumClient.Post(first), Ct))
        {
            await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        var feed = await other.Client.GetJsonAsync($"{ForumClient.Api}/posts/?community={slug}&sort=new");
        Assert.Equal(0, feed.GetProperty("count").GetInt64());
        Assert.Empty(feed.GetProperty("results").EnumerateArray());
        Assert.Single(await api.AuditEntriesAsync("forum_post", second));
        Assert.Empty(await api.AuditEntriesAsync("forum_post", first));
    }

    [Fact]
    public async Task Images_must_be_the_authors_own_uploads()
    {
        var author = await api.SignUpAsync();
        var other = await api.SignUpAsync();
        var slug = await author.CreateCommunityAsync();
        var mine = await api.UploadMediaAsync(author.Id);
        var theirs = await api.UploadMediaAsync(other.Id);
        var document = await api.UploadMediaAsync(author.Id, "application/pdf");

        using (var ok = await author.Client.PostAsJsonAsync($"{ForumClient.Api}/posts/", new { community = slug, title = "Con foto", media_ids = new[] { mine } }, Ct))
        {
            Assert.Equal([mine], (await ok.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("media_ids").EnumerateArray().Select(e => e.GetGuid()));
        }

        using (var notMine = await author.Client.PostAsJsonAsync($"{ForumClient.Api}/posts/", new { community = slug, title = "Ajena", media_ids = new[] { theirs } }, Ct))
        {
            await notMine.ShouldHaveFieldErrorAsync("media_ids");
        }

        using (var notImage = await author.Client.PostAsJsonAsync($"{ForumClient.Api}/posts/", new { community = slug, title = "Un PDF", media_ids = new[] { document } }, Ct))
        {
            await notImage.ShouldHaveFieldErrorAsync("media_ids");
        }

        using (var unheard = await author.Client.PostAsJsonAsync($"{ForumClient.Api}/posts/", new { community = slug, title = "Sin copia", media_ids = new[] { Guid.NewGuid() } }, Ct))
        {
            await unheard.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        }
    }

    [Fact]
    public async Task Bad_post_input_names_each_field()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();

        using var response = await user.Client.PostAsJsonAsync(
            $"{ForumClient.Api}/posts/", new { community = "no-such-community", title = "x", body = new string('a', 40_001), link = "javascript:alert(1)" }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.FieldErrors("community");
        problem.FieldErrors("title");
        problem.FieldErrors("body");
        problem.FieldErrors("link");
        using var missing = await user.Client.PostAsJsonAsync($"{ForumClient.Api}/posts/", new { title = "Sin comunidad" }, Ct);
        await missing.ShouldHaveFieldErrorAsync("community");
        using var tooMany = await user.Client.PostAsJsonAsync(
            $"{ForumClient.Api}/posts/", new { community = slug, title = "Fotos", media_ids = Enumerable.Range(0, 11).Select(_ => Guid.NewGuid()) }, Ct);
        await tooMany.ShouldHaveFieldErrorAsync("media_ids");
        using var notFound = await user.Client.GetAsync(ForumClient.Post(987_654_321), Ct);
        await notFound.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static string Hrefs(string html) =>
        string.Join(' ', System.Text.RegularExpressions.Regex.Matches(html, "<[a-z]+\\s[^>]*(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
}
