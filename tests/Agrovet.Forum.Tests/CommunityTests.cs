namespace Agrovet.Forum.Tests;

/// <summary>Communities: creation, membership, moderators, and who may do what.</summary>
public sealed class CommunityTests(ForumApiFactory api) : IClassFixture<ForumApiFactory>
{
    [Fact]
    public async Task A_new_community_gets_a_slug_from_its_name_and_its_creator_as_moderator_and_member()
    {
        var farmer = await api.SignUpAsync();
        var name = $"Vacas Lecheras Ñuble {Guid.NewGuid():N}"[..30];

        using var response = await farmer.Client.PostAsJsonAsync($"{ForumClient.Api}/communities/", new { name, description = "Leche" }, Ct);

        var community = await response.ShouldBeAsync(HttpStatusCode.Created);
        var slug = community.GetProperty("slug").GetString()!;
        Assert.StartsWith("vacas-lecheras-nuble-", slug, StringComparison.Ordinal);
        var detail = await farmer.Client.GetJsonAsync(ForumClient.Community(slug));
        Assert.True(detail.GetProperty("joined").GetBoolean());
        Assert.True(detail.GetProperty("is_moderator").GetBoolean());
        Assert.Equal(1, detail.GetProperty("member_count").GetInt32());
        Assert.Equal([farmer.Id], detail.GetProperty("moderators").Ids());
    }

    [Fact]
    public async Task A_taken_address_is_a_conflict_and_bad_names_name_the_field()
    {
        var user = await api.SignUpAsync();
        var slug = await user.CreateCommunityAsync();

        using var again = await user.Client.PostAsJsonAsync($"{ForumClient.Api}/communities/", new { name = slug.Replace('-', ' ') }, Ct);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        using var empty = await user.Client.PostAsJsonAsync($"{ForumClient.Api}/communities/", new { name = "" }, Ct);
        await empty.ShouldHaveFieldErrorAsync("name");
        using var symbols = await user.Client.PostAsJsonAsync($"{ForumClient.Api}/communities/", new { name = "¡¡¿?!!" }, Ct);
        await symbols.ShouldHaveFieldErrorAsync("name");
        using var longDescription = await user.Client.PostAsJsonAsync($"{ForumClient.Api}/communities/", new { name = "Ovejas del sur", description = new string('x', 2001) }, Ct);
        await longDescription.ShouldHaveFieldErrorAsync("description");
    }

    [Fact]
    public async Task Anonymous_callers_can_read_but_not_create_or_join()
    {
        var owner = await api.SignUpAsync();
        var slug = await owner.CreateCommunityAsync();
        using var anonymous = api.CreateClient();

        await anonymous.GetJsonAsync(ForumClient.Community(slug));
        await anonymous.GetJsonAsync($"{ForumClient.Api}/communities/");
        using var create = await anonymous.PostAsJsonAsync($"{ForumClient.Api}/communities/", new { name = "Caballos" }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
        using var join = await anonymous.PostAsync($"{ForumClient.Community(slug)}join/", null, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, join.StatusCode);
        using var missing = await anonymous.GetAsync(ForumClient.Community("no-such-community"), Ct);
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Joining_twice_counts_once_and_leaving_takes_the_member_away()
    {
        var owner = await api.SignUpAsync();
        var member = await api.SignUpAsync();
        var slug = await owner.CreateCommunityAsync();

        using (var first = await member.Client.PostAsync($"{ForumClient.Community(slug)}join/", null, Ct))
        {
            Assert.Equal(2, (await first.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("member_count").GetInt32());
        }

        using (var second = await member.Client.PostAsync($"{ForumClient.Community(slug)}join/", null, Ct))
        {
            Assert.Equal(2, (await second.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("member_count").GetInt32());
        }

        var joined = await member.Client.GetJsonAsync($"{ForumClient.Api}/communities/?joined=true");
        Assert.Contains(slug, joined.GetProperty("results").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
        using var leave = await member.Client.DeleteAsync($"{ForumClient.Community(slug)}join/", Ct);
        Assert.Equal(1, (await leave.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("member_count").GetInt32());
    }

    [Fact]
    public async Task Only_moderators_and_admins_edit_a_community_and_manage_its_moderators_and_each_change_is_audited()
    {
        var owner = await api.SignUpAsync();
        var other = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        var slug = await owner.CreateCommunityAsync();

        using (var forbidden = await other.Client.PatchAsJsonAsync(ForumClient.Community(slug), new { rules = "Ninguna" }, Ct))
        {
            await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var notMine = await other.Client.PostAsJsonAsync($"{ForumClient.Community(slug)}moderators/", new { user_id = other.Id }, Ct))
        {
            await notMine.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var join = await other.Client.PostAsync($"{ForumClient.Community(slug)}join/", null, Ct))
        {
            await join.ShouldBeAsync(HttpStatusCode.OK);
        }

        using (var edit = await owner.Client.PatchAsJsonAsync(ForumClient.Community(slug), new { rules = "Sin spam" }, Ct))
        {
            Assert.Equal("Sin spam", (await edit.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("rules").GetString());
        }

        using (var add = await owner.Client.PostAsJsonAsync($"{ForumClient.Community(slug)}moderators/", new { user_id = other.Id }, Ct))
        {
            Assert.Equal([owner.Id, other.Id], (await add.ShouldBeAsync(HttpStatusCode.OK)).Ids());
        }

        using (var unknown = await owner.Client.PostAsJsonAsync($"{ForumClient.Community(slug)}moderators/", new { user_id = 987_654_321 }, Ct))
        {
            await unknown.ShouldHaveFieldErrorAsync("user_id");
        }

        using (var remove = await admin.Client.DeleteAsync($"{ForumClient.Community(slug)}moderators/{owner.Id}/", Ct))
        {
            await remove.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        using (var last = await other.Client.DeleteAsync($"{ForumClient.Community(slug)}moderators/{other.Id}/", Ct))
        {
            await last.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        var communityId = (await owner.Client.GetJsonAsync(ForumClient.Community(slug))).GetProperty("id").GetInt64();
        var actions = (await api.AuditEntriesAsync("forum_community", communityId)).Select(e => e.Data.GetProperty("action").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["add_moderator", "remove_moderator", "update"], actions);
    }
}
