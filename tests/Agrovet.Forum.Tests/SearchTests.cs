namespace Agrovet.Forum.Tests;

/// <summary>Full-text search over posts and comments, Spanish and English, ranked, by community.</summary>
public sealed class SearchTests(ForumApiFactory api) : IClassFixture<ForumApiFactory>
{
    [Fact]
    public async Task Posts_are_found_by_stem_without_accents_in_both_languages_best_first_and_by_community()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();
        var other = await user.CreateCommunityAsync();
        var marker = $"zq{Guid.NewGuid():N}"[..12];
        var inTitle = (await user.CreatePostAsync(slug, $"Vacunación de terneros {marker}", "Calendario")).GetProperty("id").GetInt64();
        var inBody = (await user.CreatePostAsync(slug, "Calendario sanitario", $"Hablamos de la vacunacion de terneros {marker}")).GetProperty("id").GetInt64();
        var english = (await user.CreatePostAsync(other, $"Calf vaccines {marker}", "Which vaccines for calves?")).GetProperty("id").GetInt64();

        var spanish = await api.CreateClient().GetJsonAsync($"{ForumClient.Api}/search/?q=vacunacion {marker}&community={slug}");
        Assert.Equal([inTitle, inBody], spanish.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("post_id").GetInt64()));
        Assert.Equal(2, spanish.GetProperty("count").GetInt64());
        var calves = await api.CreateClient().GetJsonAsync($"{ForumClient.Api}/search/?q=calf vaccine {marker}");
        Assert.Equal([english], calves.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("post_id").GetInt64()));
    }

    [Fact]
    public async Task Comments_are_found_and_removed_ones_are_not()
    {
        var moderator = await api.SignUpAsync();
        var slug = await moderator.CreateCommunityAsync();
        var postId = await moderator.CreatePostIdAsync(slug);
        var marker = $"zq{Guid.NewGuid():N}"[..12];
        var found = await moderator.CommentAsync(postId, $"Ivermectina en ovejas {marker}");
        var removed = await moderator.CommentAsync(postId, $"Ivermectina barata {marker}");
        using (var remove = await moderator.Client.PostAsync($"{ForumClient.Comment(removed)}remove/", null, Ct))
        {
            await remove.ShouldBeAsync(HttpStatusCode.OK);
        }

        var results = await api.CreateClient().GetJsonAsync($"{ForumClient.Api}/search/?type=comments&q=ivermectina {marker}");

        Assert.Equal([found], results.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("comment_id").GetInt64()));
    }

    [Fact]
    public async Task Edited_posts_and_comments_are_found_by_their_new_words_only_and_votes_leave_search_alone()
    {
        var author = await api.SignUpAsync();
        var slug = await author.CreateCommunityAsync();
        var before = $"zq{Guid.NewGuid():N}"[..12];
        var after = $"zq{Guid.NewGuid():N}"[..12];
        var postId = (await author.CreatePostAsync(slug, $"Mastitis {before}", "Leche con grumos")).GetProperty("id").GetInt64();
        var commentId = await author.CommentAsync(postId, $"Revisar el ordeñe {before}");
        await author.VoteAsync(ForumClient.Post(postId), 1);
        using (var edit = await author.Client.PatchAsJsonAsync(ForumClient.Post(postId), new { body = $"Leche con grumos {after}" }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }
        using (var edit = await author.Client.PatchAsJsonAsync(ForumClient.Comment(commentId), new { body = $"Revisar la máquina {after}" }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }

        var client = api.CreateClient();
        var byTitle = await client.GetJsonAsync($"{ForumClient.Api}/search/?q=mastitis {before}");
        var byNewBody = await client.GetJsonAsync($"{ForumClient.Api}/search/?q={after}");
        var byOldComment = await client.GetJsonAsync($"{ForumClient.Api}/search/?type=comments&q=ordeñe {before}");
        var byNewComment = await client.GetJsonAsync($"{ForumClient.Api}/search/?type=comments&q=maquina {after}");

        Assert.Equal([postId], byTitle.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("post_id").GetInt64()));
        Assert.Equal([postId], byNewBody.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("post_id").GetInt64()));
        Assert.Equal(1, byNewBody.GetProperty("results")[0].GetProperty("score").GetInt32());
        Assert.Equal(0, byOldComment.GetProperty("count").GetInt64());
        Assert.Equal([commentId], byNewComment.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("comment_id").GetInt64()));
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=a&type=users", "type")]
    [InlineData("q=a&community=no-such-community", "community")]
    [InlineData("q=a&page=0", "page")]
    public async Task Bad_search_parameters_name_the_parameter(string query, string field)
    {
        using var response = await api.CreateClient().GetAsync($"{ForumClient.Api}/search/?{query}", Ct);
        await response.ShouldHaveFieldErrorAsync(field);
    }
}
