namespace Agrovet.Forum.Tests;

/// <summary>Feeds: keyset pages that add up to the whole order, exact counts, the home feed, removed posts for moderators only.</summary>
public sealed class FeedTests(ForumApiFactory api) : IClassFixture<ForumApiFactory>
{
    [Fact]
    public async Task Following_next_links_walks_the_whole_feed_once_and_previous_comes_back()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();
        var created = new List<long>();
        for (var i = 0; i < 23; i++)
        {
            created.Add(await user.CreatePostIdAsync(slug, $"Pregunta {i}"));
        }

        foreach (var sort in new[] { "new", "hot", "top" })
        {
            var seen = new List<long>();
            var pages = new List<JsonElement>();
            var url = $"{ForumClient.Api}/posts/?community={slug}&sort={sort}&page_size=5";
            while (url is not null)
            {
                var page = await user.Client.GetJsonAsync(url);
                Assert.Equal(23, page.GetProperty("count").GetInt64());
                pages.Add(page);
                seen.AddRange(page.GetProperty("results").Ids());
                url = page.GetProperty("next").GetString();
            }

            Assert.Equal(5, pages.Count);
            Assert.Equal(23, seen.Distinct().Count());
            Assert.Equal(created.Order(), seen.Order());
            var back = await user.Client.GetJsonAsync(pages[2].GetProperty("previous").GetString()!);
            Assert.Equal(pages[1].GetProperty("results").Ids(), back.GetProperty("results").Ids());
            Assert.Equal(JsonValueKind.Null, pages[0].GetProperty("previous").ValueKind);
        }

        var newest = await user.Client.GetJsonAsync($"{ForumClient.Api}/posts/?community={slug}&sort=new&page_size=100");
        Assert.Equal(Enumerable.Reverse(created), newest.GetProperty("results").Ids());
    }

    [Fact]
    public async Task The_home_feed_holds_the_joined_communities_and_anonymous_callers_get_all()
    {
        var owner = await api.SignUpAsync();
        var reader = await api.SignUpAsync();
        var joined = await owner.CreateCommunityAsync();
        var other = await owner.CreateCommunityAsync();
        var inJoined = await owner.CreatePostIdAsync(joined);
        var inOther = await owner.CreatePostIdAsync(other);
        using (var join = await reader.Client.PostAsync($"{ForumClient.Community(joined)}join/", null, Ct))
        {
            await join.ShouldBeAsync(HttpStatusCode.OK);
        }

        var home = await reader.Client.GetJsonAsync($"{ForumClient.Api}/posts/?sort=new&page_size=100");
        Assert.Contains(inJoined, home.GetProperty("results").Ids());
        Assert.DoesNotContain(inOther, home.GetProperty("results").Ids());
        Assert.Equal(1, home.GetProperty("count").GetInt64());
        var everything = await api.CreateClient().GetJsonAsync($"{ForumClient.Api}/posts/?sort=new&page_size=100");
        Assert.Contains(inJoined, everything.GetProperty("results").Ids());
        Assert.Contains(inOther, everything.GetProperty("results").Ids());
        var all = await reader.Client.GetJsonAsync($"{ForumClient.Api}/posts/?community=all&sort=new&page_size=100");
        Assert.Equal(everything.GetProperty("count").GetInt64(), all.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task A_removed_post_keeps_its_place_for_moderators_only()
    {
        var moderator = await api.SignUpAsync();
        var reader = await api.SignUpAsync();
        var slug = await moderator.CreateCommunityAsync();
        var kept = await reader.CreatePostIdAsync(slug, "Se queda");
        var removed = await reader.CreatePostIdAsync(slug, "Spam");
        using (var remove = await moderator.Client.PostAsync($"{ForumClient.Post(removed)}remove/", null, Ct))
        {
            await remove.ShouldBeAsync(HttpStatusCode.OK);
        }

        var modView = await moderator.Client.GetJsonAsync($"{ForumClient.Api}/posts/?community={slug}&sort=new");
        Assert.Equal([removed, kept], modView.GetProperty("results").Ids());
        Assert.Equal(2, modView.GetProperty("count").GetInt64());
        Assert.True(modView.GetProperty("results")[0].GetProperty("removed").GetBoolean());
        var publicView = await reader.Client.GetJsonAsync($"{ForumClient.Api}/posts/?community={slug}&sort=new");
        Assert.Equal([kept], publicView.GetProperty("results").Ids());
        Assert.Equal(1, publicView.GetProperty("count").GetInt64());
        var detail = await reader.Client.GetJsonAsync(ForumClient.Post(removed));
        Assert.Equal("[removed]", detail.GetProperty("title").GetString());
        Assert.Equal("[removed]", detail.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Anonymous_readers_see_a_post_published_edited_or_removed_at_once_though_their_pages_are_remembered()
    {
        var moderator = await api.SignUpAsync();
        var author = await api.SignUpAsync();
        var slug = await moderator.CreateCommunityAsync();
        var first = await author.CreatePostIdAsync(slug, "Primera");
        var anonymous = api.CreateClient();
        var url = $"{ForumClient.Api}/posts/?community={slug}&sort=new";
        Assert.Equal([first], (await anonymous.GetJsonAsync(url)).GetProperty("results").Ids());

        var second = await author.CreatePostIdAsync(slug, "Segunda");
        var afterPublishing = await anonymous.GetJsonAsync(url);
        Assert.Equal([second, first], afterPublishing.GetProperty("results").Ids());
        Assert.Equal(2, afterPublishing.GetProperty("count").GetInt64());

        using (var edit = await author.Client.PatchAsJsonAsync(ForumClient.Post(second), new { title = "Segunda, corregida" }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }

        Assert.Equal("Segunda, corregida", (await anonymous.GetJsonAsync(url)).GetProperty("results")[0].GetProperty("title").GetString());

        using (var remove = await moderator.Client.PostAsync($"{ForumClient.Post(second)}remove/", null, Ct))
        {
            await remove.ShouldBeAsync(HttpStatusCode.OK);
        }

        var afterRemoval = await anonymous.GetJsonAsync(url);
        Assert.Equal([first], afterRemoval.GetProperty("results").Ids());
        Assert.Equal(1, afterRemoval.GetProperty("count").GetInt64());
    }

    [Theory]
    [InlineData("sort=rising", "sort")]
    [InlineData("t=century", "t")]
    [InlineData("page_size=0", "page_size")]
    [InlineData("page_size=101", "page_size")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("community=no-such-community", "community")]
    public async Task Bad_feed_parameters_name_the_parameter(string query, string field)
    {
        using var response = await api.CreateClient().GetAsync($"{ForumClient.Api}/posts/?{query}", Ct);
        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Fact]
    public async Task A_cursor_of_another_sort_is_refused()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();
        await user.CreatePostIdAsync(slug);
        await user.CreatePostIdAsync(slug);
        var page = await user.Client.GetJsonAsync($"{ForumClient.Api}/posts/?community={slug}&sort=new&page_size=1");
        var next = page.GetProperty("next").GetString()!;

        using var response = await user.Client.GetAsync(next.Replace("sort=new", "sort=hot", StringComparison.Ordinal), Ct);

        await response.ShouldHaveFieldErrorAsync("cursor");
    }
}
