using Agrovet.Contracts.Chat;

namespace Agrovet.Chat.Tests;

public sealed class RoomTests(ChatApiFactory api) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task Opening_a_direct_room_twice_from_either_side_finds_the_same_room()
    {
        var ana = await api.SignUpAsync();
        var ben = await api.SignUpAsync("specialist");
        await api.KnowsAsync(ben);
        await api.KnowsAsync(ana);

        var room = await ana.Client.OpenDirectAsync(ben.Id);
        var again = await ana.Client.OpenDirectAsync(ben.Id, HttpStatusCode.OK);
        var fromBen = await ben.Client.OpenDirectAsync(ana.Id, HttpStatusCode.OK);

        Assert.Equal(room.Id(), again.Id());
        Assert.Equal(room.Id(), fromBen.Id());
        Assert.Equal("direct", room.GetProperty("kind").GetString());
        Assert.Equal([ana.Id, ben.Id], room.GetProperty("members").EnumerateArray().Select(m => m.Id()).Order());
        var created = await api.WaitForEventAsync(ChatRoomCreated.TypeName, room.Id());
        Assert.Equal("direct", created.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_direct_room_needs_someone_else_who_exists()
    {
        var ana = await api.SignUpAsync();

        using var self = await ana.Client.PostAsJsonAsync(ChatApi.Rooms, new { kind = "direct", user_id = ana.Id }, Ct);
        await self.ShouldHaveFieldErrorAsync("user_id");
        using var nobody = await ana.Client.PostAsJsonAsync(ChatApi.Rooms, new { kind = "direct", user_id = 987_654_321 }, Ct);
        await nobody.ShouldHaveFieldErrorAsync("user_id");
        using var noKind = await ana.Client.PostAsJsonAsync(ChatApi.Rooms, new { user_id = 1 }, Ct);
        await noKind.ShouldHaveFieldErrorAsync("kind");
    }

    [Fact]
    public async Task A_group_owner_adds_and_removes_members_and_a_member_can_leave()
    {
        var owner = await api.SignUpAsync();
        var member = await api.SignUpAsync();
        var newcomer = await api.SignUpAsync();
        foreach (var user in new[] { owner, member, newcomer })
        {
            await api.KnowsAsync(user);
        }

        var group = await owner.Client.CreateGroupAsync("Cooperativa El Trigal", member.Id);
        var id = group.Id();

        using (var notOwner = await member.Client.PostAsJsonAsync($"{ChatApi.Rooms}{id}/members/", new { user_id = newcomer.Id }, Ct))
        {
            await notOwner.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var added = await owner.Client.PostAsJsonAsync($"{ChatApi.Rooms}{id}/members/", new { user_id = newcomer.Id }, Ct))
        {
            var room = await added.ShouldBeAsync(HttpStatusCode.Created);
            Assert.Equal(3, room.GetProperty("members").GetArrayLength());
        }

        using (var hidden = await newcomer.Client.GetAsync($"{ChatApi.Rooms}{id}/", Ct))
        {
            await hidden.ShouldBeAsync(HttpStatusCode.OK);
        }

        using (var removed = await owner.Client.DeleteAsync($"{ChatApi.Rooms}{id}/members/{newcomer.Id}/", Ct))
        {
            await removed.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        using (var gone = await newcomer.Client.GetAsync($"{ChatApi.Rooms}{id}/", Ct))
        {
            await gone.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var left = await member.Client.DeleteAsync($"{ChatApi.Rooms}{id}/members/{member.Id}/", Ct))
        {
            await left.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        var final = await owner.Client.RoomAsync(id);
        Assert.Equal([owner.Id], final.GetProperty("members").EnumerateArray().Select(m => m.Id()));
    }

    [Fact]
    public async Task An_ad_room_joins_the_buyer_and_the_seller_shows_the_ad_and_is_found_again()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        await api.KnowsAsync(seller);
        var adId = await api.PublishAdAsync(seller.Id, "Novillos Brangus");

        using var opened = await buyer.Client.PostAsJsonAsync(ChatApi.Rooms, new { kind = "ad", ad_id = adId }, Ct);
        var room = await opened.ShouldBeAsync(HttpStatusCode.Created);
        using var again = await buyer.Client.PostAsJsonAsync(ChatApi.Rooms, new { kind = "ad", ad_id = adId }, Ct);
        var found = await again.ShouldBeAsync(HttpStatusCode.OK);
        using var own = await seller.Client.PostAsJsonAsync(ChatApi.Rooms, new { kind = "ad", ad_id = adId }, Ct);
        await own.ShouldHaveFieldErrorAsync("ad_id");

        Assert.Equal(room.Id(), found.Id());
        Assert.Equal("Novillos Brangus", room.GetProperty("ad").GetProperty("title").GetString());
        Assert.Equal(seller.Id, room.GetProperty("ad").GetProperty("seller_id").GetInt64());
        Assert.Equal([seller.Id, buyer.Id], room.GetProperty("members").EnumerateArray().Select(m => m.Id()).Order());
        var sellerView = await seller.Client.RoomAsync(room.Id());
        Assert.Equal(adId, sellerView.GetProperty("ad").Id());
    }

    [Fact]
    public async Task Only_members_see_a_room_and_its_history()
    {
        var ana = await api.SignUpAsync();
        var ben = await api.SignUpAsync();
        var eve = await api.SignUpAsync();
        await api.KnowsAsync(ben);
        var room = (await ana.Client.OpenDirectAsync(ben.Id)).Id();

        using var detail = await eve.Client.GetAsync($"{ChatApi.Rooms}{room}/", Ct);
        await detail.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var history = await eve.Client.GetAsync($"{ChatApi.Rooms}{room}/messages/", Ct);
        await history.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var send = await eve.Client.PostAsJsonAsync($"{ChatApi.Rooms}{room}/messages/", new { body = "hola" }, Ct);
        await send.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var unknown = await eve.Client.GetAsync($"{ChatApi.Rooms}{long.MaxValue}/", Ct);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var anonymous = api.ClientFor(null);
        using var signedOut = await anonymous.GetAsync(ChatApi.Rooms, Ct);
        await signedOut.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var eveRooms = await eve.Client.GetFromJsonAsync<JsonElement>(ChatApi.Rooms, Ct);
        Assert.Equal(0, eveRooms.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task The_room_list_is_ordered_by_last_activity_with_previews_and_unread_counts()
    {
        var me = await api.SignUpAsync();
        var ben = await api.SignUpAsync();
        var cleo = await api.SignUpAsync();
        await api.KnowsAsync(ben);
        await api.KnowsAsync(cleo);
        await api.KnowsAsync(me);
        var withBen = (await me.Client.OpenDirectAsync(ben.Id)).Id();
        var withCleo = (await me.Client.OpenDirectAsync(cleo.Id)).Id();
        await ben.Client.SendAsync(withBen, "¿Tiene vacunas contra la aftosa?");
        await cleo.Client.SendAsync(withCleo, "Buenos días");
        var last = await cleo.Client.SendAsync(withCleo, "¿Mañana a las 8?");

        var list = await me.Client.GetFromJsonAsync<JsonElement>(ChatApi.Rooms, Ct);
        var rooms = list.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([withCleo, withBen], rooms.Select(r => r.Id()));
        Assert.Equal("¿Mañana a las 8?", rooms[0].GetProperty("last_message").GetProperty("body").GetString());
        Assert.Equal(2, rooms[0].GetProperty("unread_count").GetInt64());
        Assert.Equal(1, rooms[1].GetProperty("unread_count").GetInt64());
        var badge = await me.Client.GetFromJsonAsync<JsonElement>("/api/chat/unread/", Ct);
        Assert.Equal(3, badge.GetProperty("total").GetInt64());

        using var read = await me.Client.PostAsJsonAsync($"{ChatApi.Rooms}{withCleo}/read/", new { message_id = last.Id() }, Ct);
        await read.ShouldBeAsync(HttpStatusCode.NoContent);

        var after = await me.Client.RoomAsync(withCleo);
        Assert.Equal(0, after.GetProperty("unread_count").GetInt64());
        Assert.Equal(last.Id(), after.GetProperty("read_up_to").GetInt64());
        badge = await me.Client.GetFromJsonAsync<JsonElement>("/api/chat/unread/", Ct);
        Assert.Equal(1, badge.GetProperty("total").GetInt64());
        var cleoSide = await cleo.Client.RoomAsync(withCleo);
        Assert.Equal(0, cleoSide.GetProperty("unread_count").GetInt64());
    }

    [Fact]
    public async Task A_NUL_in_any_string_field_or_query_parameter_of_the_API_is_a_400_naming_it()
    {
        using var anonymous = api.ClientFor(null);
        var cases = await OpenApiProbe.NulCasesAsync(anonymous, Ct);
        var user = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();

        await OpenApiProbe.AssertAllRefusedAsync(cases, [user.Client, admin.Client], Ct);
    }
}
