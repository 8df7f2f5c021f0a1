using System.Globalization;
using Agrovet.Chat.Data;
using Agrovet.Chat.Rooms;
using Agrovet.Contracts.Audit;
using Agrovet.Contracts.Chat;
using Agrovet.Contracts.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Agrovet.Chat.Tests;

public sealed class MessageTests(ChatApiFactory api) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task History_comes_newest_first_in_pages_going_back_with_before()
    {
        var (ana, _, room) = await TwoPeopleAsync();
        var sent = new List<long>();
        for (var i = 1; i <= 7; i++)
        {
            sent.Add((await ana.Client.SendAsync(room, $"mensaje {i}")).Id());
        }

        var first = await ana.Client.HistoryAsync(room, "?limit=3");
        var firstIds = first.GetProperty("results").EnumerateArray().Select(m => m.Id()).ToList();
        var next = new Uri(first.GetProperty("next").GetString()!);
        var second = await ana.Client.HistoryAsync(room, next.Query);
        var third = await ana.Client.HistoryAsync(room, new Uri(second.GetProperty("next").GetString()!).Query);

        Assert.Equal(sent[^3..].AsEnumerable().Reverse(), firstIds);
        Assert.Equal(sent[1..4].AsEnumerable().Reverse(), second.GetProperty("results").EnumerateArray().Select(m => m.Id()));
        Assert.Equal([sent[0]], third.GetProperty("results").EnumerateArray().Select(m => m.Id()));
        Assert.Equal(JsonValueKind.Null, third.GetProperty("next").ValueKind);
        using var bad = await ana.Client.GetAsync($"{ChatApi.Rooms}{room}/messages/?limit=1000", Ct);
        await bad.ShouldHaveFieldErrorAsync("limit");
    }

    [Fact]
    public async Task A_message_sent_again_with_the_same_client_id_is_stored_once()
    {
        var (ana, _, room) = await TwoPeopleAsync();

        var first = await ana.Client.SendAsync(room, "¿Cuánto cuesta el flete?", "c-1");
        using var again = await ana.Client.PostAsJsonAsync($"{ChatApi.Rooms}{room}/messages/", new { body = "¿Cuánto cuesta el flete?", client_id = "c-1" }, Ct);
        var repeated = await again.ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(first.Id(), repeated.Id());
        var history = await ana.Client.HistoryAsync(room);
        Assert.Single(history.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task Authors_edit_and_delete_their_own_messages_only()
    {
        var (ana, ben, room) = await TwoPeopleAsync();
        var message = await ana.Client.SendAsync(room, "Precio: 100");
        var path = $"{ChatApi.Rooms}{room}/messages/{message.Id()}/";

        using (var notMine = await ben.Client.PatchAsJsonAsync(path, new { body = "Precio: 1" }, Ct))
        {
            await notMine.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var edit = await ana.Client.PatchAsJsonAsync(path, new { body = "Precio: 90" }, Ct))
        {
            var edited = await edit.ShouldBeAsync(HttpStatusCode.OK);
            Assert.Equal("Precio: 90", edited.GetProperty("body").GetString());
            Assert.NotEqual(JsonValueKind.Null, edited.GetProperty("edited_at").ValueKind);
        }

        using (var empty = await ana.Client.PatchAsJsonAsync(path, new { body = "  " }, Ct))
        {
            await empty.ShouldHaveFieldErrorAsync("body");
        }

        using (var notMineToDelete = await ben.Client.DeleteAsync(path, Ct))
        {
            await notMineToDelete.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using (var delete = await ana.Client.DeleteAsync(path, Ct))
        {
            await delete.ShouldBeAsync(HttpStatusCode.OK);
        }

        var shown = (await ben.Client.HistoryAsync(room)).GetProperty("results")[0];
        Assert.True(shown.GetProperty("deleted").GetBoolean());
        Assert.Equal(string.Empty, shown.GetProperty("body").GetString());
    }

    [Fact]
    public async Task An_administrator_deletes_any_message_and_the_deletion_is_audited()
    {
        var (ana, _, room) = await TwoPeopleAsync();
        var message = await ana.Client.SendAsync(room, "spam spam spam");
        var admin = await api.SignInAdminAsync();

        using var delete = await admin.Client.DeleteAsync($"{ChatApi.Rooms}{room}/messages/{message.Id()}/", Ct);
        await delete.ShouldBeAsync(HttpStatusCode.OK);

        // The chat deletes its outbox rows once they are published: the entry is read where auth's audit log takes it from.
        var subject = $"chat_message:{message.Id()}";
        var entry = await api.Streams.WaitForAsync(Topics.AuditEvents, AdminActionRecorded.TypeName, subject, null, api.EventSource, ChatApiFactory.Patience, Ct);
        Assert.Equal("delete", entry.GetProperty("action").GetString());
        Assert.Single(await api.Streams.AboutAsync(Topics.AuditEvents, subject, api.EventSource));
    }

    [Fact]
    public async Task Images_must_be_uploads_of_the_author()
    {
        var (ana, ben, room) = await TwoPeopleAsync();
        var mine = await api.UploadMediaAsync(ana.Id);
        var bens = await api.UploadMediaAsync(ben.Id);

        var withImage = await ana.Client.SendAsync(room, string.Empty, mediaIds: [mine]);
        using var notMine = await ana.Client.PostAsJsonAsync($"{ChatApi.Rooms}{room}/messages/", new { body = "mira", media_ids = new[] { bens } }, Ct);

        Assert.Equal([mine], withImage.GetProperty("media_ids").EnumerateArray().Select(m => m.GetGuid()));
        await notMine.ShouldHaveFieldErrorAsync("media_ids");
        using var nothing = await ana.Client.PostAsJsonAsync($"{ChatApi.Rooms}{room}/messages/", new { body = " " }, Ct);
        await nothing.ShouldHaveFieldErrorAsync("body");
        using var tooLong = await ana.Client.PostAsJsonAsync($"{ChatApi.Rooms}{room}/messages/", new { body = new string('a', 4001) }, Ct);
        await tooLong.ShouldHaveFieldErrorAsync("body");
    }

    [Fact]
    public async Task Every_stored_message_raises_chat_message_sent_through_the_outbox()
    {
        var (ana, ben, room) = await TwoPeopleAsync();

        var message = await ana.Client.SendAsync(room, "hola");

        var sent = await api.WaitForEventAsync(ChatMessageSent.TypeName, room, e => e.GetProperty("message_id").GetInt64() == message.Id());
        Assert.Equal(ana.Id, sent.GetProperty("author_id").GetInt64());
        Assert.Equal([ben.Id], sent.GetProperty("recipient_ids").EnumerateArray().Select(r => r.GetInt64()));
    }

    [Fact]
    public async Task A_message_s_outbox_row_is_deleted_once_its_event_is_published()
    {
        var (ana, _, room) = await TwoPeopleAsync();

        var message = await ana.Client.SendAsync(room, "hola");

        await api.WaitForEventAsync(ChatMessageSent.TypeName, room, e => e.GetProperty("message_id").GetInt64() == message.Id());
        await Poll.UntilAsync(
            async () => (await api.OutboxAsync(room.ToString(CultureInfo.InvariantCulture), ChatMessageSent.TypeName)).Count == 0,
            ChatApiFactory.Patience,
            "the published message's outbox row to be deleted",
            Ct);
    }

    [Fact]
    public async Task The_writer_s_membership_read_counts_the_same_active_members_as_the_rooms_rule()
    {
        var people = new List<SignedInUser>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await api.SignUpAsync());
            await api.KnowsAsync(people[^1]);
        }

        var (owner, deactivated, deleted, unknown) = (people[0], people[1], people[2], people[3]);
        var room = (await owner.Client.CreateGroupAsync("Socios del acopio", deactivated.Id, deleted.Id, unknown.Id)).Id();
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        await db.Database.ExecuteSqlAsync($"UPDATE users SET is_active = false WHERE id = {deactivated.Id}", Ct);
        await db.Database.ExecuteSqlAsync($"UPDATE users SET is_deleted = true WHERE id = {deleted.Id}", Ct);
        // A user whose events have not arrived counts as active (their token is good).
        await db.Database.ExecuteSqlAsync($"DELETE FROM users WHERE id = {unknown.Id}", Ct);

        var byRule = await db.ActiveMembers().Where(m => m.RoomId == room).Select(m => m.UserId).Order().ToListAsync(Ct);
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = new NpgsqlCommand(RoomAccess.ActiveMembersOfRoomsSql, (NpgsqlConnection)db.Database.GetDbConnection())
        {
            Parameters = { new NpgsqlParameter<long[]> { TypedValue = [room] } },
        };
        var bySql = new List<long>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                Assert.Equal(room, reader.GetInt64(0));
                bySql.Add(reader.GetInt64(1));
            }
        }

        Assert.Equal(new[] { owner.Id, unknown.Id }.Order(), byRule);
        Assert.Equal(byRule, bySql.Order());
    }

    private async Task<(SignedInUser Ana, SignedInUser Ben, long Room)> TwoPeopleAsync()
    {
        var ana = await api.SignUpAsync();
        var ben = await api.SignUpAsync();
        await api.KnowsAsync(ben);
        await api.KnowsAsync(ana);
        return (ana, ben, (await ana.Client.OpenDirectAsync(ben.Id)).Id());
    }
}
