using System.Buffers.Binary;
using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Agrovet.Chat.Tests;

/// <summary>Real WebSocket clients against two chat instances sharing one database and one Redis.</summary>
public sealed class SocketTests(ChatPair chat, AuthServerFixture auth) : IClassFixture<ChatPair>
{
    [Fact]
    public async Task Every_message_reaches_every_connection_once_and_in_order_across_two_instances()
    {
        var (users, room) = await GroupAsync(3);
        await using var a = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, users[0].AccessToken));
        await using var b = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, users[1].AccessToken));
        await using var c = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, users[2].AccessToken));

        var sent = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var (sender, name) = i % 2 == 0 ? (a, "a") : (b, "b");
            var body = $"{name}-{i}";
            sent.Add(body);
            await sender.SendAsync(new { type = "message", body, client_id = body });
        }

        var seen = await Task.WhenAll(a.MessagesAsync(12), b.MessagesAsync(12), c.MessagesAsync(12));
        foreach (var frames in seen)
        {
            var ids = frames.Select(f => f.Id()).ToList();
            Assert.Equal(ids.Order(), ids);
            Assert.Equal(12, ids.Distinct().Count());
            Assert.Equal(seen[0].Select(f => f.Id()), ids);
            Assert.Equal(sent.Order(), frames.Select(f => f.GetProperty("body").GetString()!).Order());
        }

        // A's own messages arrive in the order A sent them.
        Assert.Equal(sent.Where(s => s.StartsWith('a')), seen[0].Select(f => f.GetProperty("body").GetString()!).Where(s => s.StartsWith('a')));
        var stored = await users[0].Client.HistoryAsync(room, "?limit=100");
        Assert.Equal(seen[0].Select(f => f.Id()).Reverse(), stored.GetProperty("results").EnumerateArray().Select(m => m.Id()));
    }

    [Fact]
    public async Task Typing_read_presence_edit_and_delete_are_broadcast_across_instances()
    {
        var (users, room) = await GroupAsync(2);
        await using var a = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, users[0].AccessToken));
        await using var b = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, users[1].AccessToken));

        var online = await a.NextAsync("presence");
        while (online.GetProperty("user").Id() != users[1].Id)
        {
            online = await a.NextAsync("presence");
        }

        Assert.True(online.GetProperty("online").GetBoolean());

        await b.SendAsync(new { type = "typing" });
        Assert.Equal(users[1].Id, (await a.NextAsync("typing")).GetProperty("user").Id());

        await a.SendAsync(new { type = "message", body = "Vendo 20 terneros" });
        var message = await b.NextAsync("message");
        await b.SendAsync(new { type = "read", message_id = message.Id() });
        var read = await a.NextAsync("read");
        Assert.Equal(message.Id(), read.GetProperty("message_id").GetInt64());
        Assert.Equal(users[1].Id, read.GetProperty("user").Id());

        await a.SendAsync(new { type = "edit", message_id = message.Id(), body = "Vendo 25 terneros" });
        Assert.Equal("Vendo 25 terneros", (await b.NextAsync("edit")).GetProperty("body").GetString());
        await a.SendAsync(new { type = "delete", message_id = message.Id() });
        Assert.True((await b.NextAsync("delete")).GetProperty("deleted").GetBoolean());

        await b.SendAsync(new { type = "edit", message_id = message.Id(), body = "no" });
        Assert.Equal("not_found", (await b.NextAsync("error")).GetProperty("code").GetString());

        await b.DisposeAsync();
        var offline = await a.NextAsync("presence");
        Assert.False(offline.GetProperty("online").GetBoolean());
    }

    [Fact]
    public async Task A_non_member_a_bad_token_an_expired_token_and_a_revoked_token_are_refused_before_the_upgrade()
    {
        var (users, room) = await GroupAsync(2);
        var outsider = await chat.First.SignUpAsync();
        var now = DateTimeOffset.UtcNow;
        var expired = TestSigningKeys.Mint(users[0], now.AddMinutes(-20), now.AddMinutes(-10));
        var revoked = await chat.First.SignUpAsync();
        await chat.First.KnowsAsync(revoked);
        var (_, revokedRoom) = await GroupAsync(1, revoked);
        await LogOutAsync(revoked);

        Assert.Equal(HttpStatusCode.Forbidden, await ChatSocket.RefusedAsync(chat.First.SocketUri(room, outsider.AccessToken)));
        Assert.Equal(HttpStatusCode.Unauthorized, await ChatSocket.RefusedAsync(chat.First.SocketUri(room, "not-a-token")));
        Assert.Equal(HttpStatusCode.Unauthorized, await ChatSocket.RefusedAsync(chat.First.SocketUri(room, expired)));
        Assert.Equal(HttpStatusCode.Unauthorized, await ChatSocket.RefusedAsync(chat.Second.SocketUri(revokedRoom, revoked.AccessToken)));
        Assert.Equal(HttpStatusCode.NotFound, await ChatSocket.RefusedAsync(chat.First.SocketUri(long.MaxValue, users[0].AccessToken)));
        using var plain = chat.First.ClientFor(users[0]);
        using var notWebSocket = await plain.GetAsync($"/ws/chat/{room}/", Ct);
        await notWebSocket.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_ticket_from_auth_opens_a_members_socket_once_and_a_used_unknown_or_outsiders_ticket_is_refused_before_the_upgrade()
    {
        var (users, room) = await GroupAsync(2);
        var outsider = await chat.First.SignUpAsync();
        var ticket = await TicketAsync(users[0]);

        await using (var socket = await ChatSocket.ConnectAsync(chat.First.TicketUri(room, ticket)))
        {
            Assert.Equal(users[0].Id, socket.Hello.GetProperty("you").GetProperty("id").GetInt64());
            await socket.SendAsync(new { type = "message", body = "por ticket", client_id = "t-1" });
            Assert.Equal("por ticket", (await socket.MessagesAsync(1))[0].GetProperty("body").GetString());

            // Images are checked on the user's behalf with the token the ticket stood for.
            var image = await chat.First.UploadMediaAsync(users[0].Id);
            await socket.SendAsync(new { type = "message", body = "", media_ids = new[] { image }, client_id = "t-2" });
            var withImage = (await socket.MessagesAsync(1))[0];
            Assert.Equal([image], withImage.GetProperty("media_ids").EnumerateArray().Select(m => m.GetGuid()));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await ChatSocket.RefusedAsync(chat.Second.TicketUri(room, ticket)));
        Assert.Equal(HttpStatusCode.Unauthorized, await ChatSocket.RefusedAsync(chat.First.TicketUri(room, "AAAAAAAAAAAAAAAAAAAAAA")));
        Assert.Equal(HttpStatusCode.BadRequest, await ChatSocket.RefusedAsync(chat.First.TicketUri(room, "\0garbage")));
        Assert.Equal(HttpStatusCode.Forbidden, await ChatSocket.RefusedAsync(chat.First.TicketUri(room, await TicketAsync(outsider))));
    }

    [Fact]
    public async Task A_token_that_expires_or_is_revoked_while_connected_ends_the_connection()
    {
        var (users, room) = await GroupAsync(2);
        var now = DateTimeOffset.UtcNow;
        var shortLived = TestSigningKeys.Mint(users[0], now, now.AddSeconds(2));
        await using var expiring = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, shortLived));
        await using var revoking = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, users[1].AccessToken));

        await LogOutAsync(users[1]);

        Assert.Equal(4001, await expiring.ClosedWithAsync());
        Assert.Equal(4002, await revoking.ClosedWithAsync());
    }

    [Fact]
    public async Task A_logout_closes_that_token_s_sockets_on_every_instance_at_once_with_a_reason_in_the_client_s_language()
    {
        // The periodic token check runs once an hour here (ChatApiFactory): only the denylist's announcement can close these.
        var (users, room) = await GroupAsync(2);
        await using var spanish = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, users[1].AccessToken), language: "es");
        await using var english = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, users[1].AccessToken), language: "en");
        await using var other = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, users[0].AccessToken));

        await LogOutAsync(users[1]);

        Assert.Equal(4002, await spanish.ClosedWithAsync());
        Assert.Equal(4002, await english.ClosedWithAsync());
        Assert.Equal("Su token de acceso fue revocado; inicie sesión de nuevo.", spanish.CloseDescription);
        Assert.Equal("Your access token was revoked; sign in again.", english.CloseDescription);
        await users[0].Client.SendAsync(room, "sigo aquí");
        Assert.Equal("sigo aquí", (await other.MessagesAsync(1))[0].GetProperty("body").GetString());
    }

    [Fact]
    public async Task The_users_of_an_instance_that_died_go_offline_once_announced_while_those_connected_elsewhere_stay()
    {
        var (users, room) = await GroupAsync(3);
        await using var onSecond = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, users[1].AccessToken));
        await using var onFirst = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, users[2].AccessToken));
        // What an instance that died leaves behind: users[0] present through it only, users[2] through it and through
        // the first instance; nobody refreshes the dead one's pairs any more. Both live instances prune the room.
        var redis = chat.First.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        var key = $"{chat.First.ChannelPrefix}presence:{room}";
        var dead = Guid.NewGuid();
        var lapse = DateTimeOffset.UtcNow.AddSeconds(3).ToUnixTimeMilliseconds();
        await redis.SortedSetAddAsync(key, [new($"{users[0].Id}:{dead:N}", lapse), new($"{users[2].Id}:{dead:N}", lapse)]);

        var firstSeen = await OfflineAnnouncementsAsync(onSecond, users[0].Id);
        await Poll.UntilAsync(
            async () => await redis.SortedSetLengthAsync(key, double.NegativeInfinity, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()) == 0,
            ChatApiFactory.Patience, "the dead instance's pairs to be pruned", Ct);
        var marker = await users[1].Client.SendAsync(room, "¿siguen ahí?");

        foreach (var socket in new[] { onSecond, onFirst })
        {
            var presence = new List<JsonElement>(socket == onSecond ? firstSeen : []);
            JsonElement frame;
            do
            {
                frame = await socket.ReceiveAsync() ?? throw new InvalidOperationException($"Closed ({socket.CloseStatus}).");
                if (frame.GetProperty("type").GetString() == "presence")
                {
                    presence.Add(frame);
                }
            }
            while (frame.GetProperty("type").GetString() != "message" || frame.Id() != marker.Id());

            var offline = presence.Where(p => !p.GetProperty("online").GetBoolean()).Select(p => p.GetProperty("user").Id()).ToList();
            Assert.Equal([users[0].Id], offline);
        }

        await using var look = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, users[1].AccessToken));
        Assert.Equal(new[] { users[1].Id, users[2].Id }.Order(), look.Hello.GetProperty("online").EnumerateArray().Select(u => u.GetInt64()).Order());
    }

    [Fact]
    public async Task Each_instance_counts_the_live_instances_of_its_deployment_which_share_the_batches_in_flight()
    {
        var hubs = new[] { chat.First, chat.Second }.Select(f => f.Services.GetRequiredService<Realtime.RoomHub>()).ToArray();

        // The second counted both as it started; the first learns of the second at its next heartbeat.
        await Poll.UntilAsync(() => Task.FromResult(hubs.All(h => h.LiveInstances == 2)), ChatApiFactory.Patience, "both instances to count two", Ct);
    }

    [Fact]
    public async Task A_relay_message_of_an_instance_of_another_version_is_still_delivered()
    {
        var (users, room) = await GroupAsync(1);
        await using var socket = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, users[0].AccessToken));
        var channel = RedisChannel.Literal($"{chat.First.ChannelPrefix}room:{room}");
        var pubsub = chat.First.Services.GetRequiredService<IConnectionMultiplexer>().GetSubscriber();
        byte[] Typing(string who) => ChatSocket.Utf8($"{{\"type\":\"typing\",\"room_id\":{room},\"user\":{{\"id\":1,\"username\":\"{who}\"}}}}");

        // The first release's shape: [room][message id][previous id][origin][frame], no change number, no format word.
        var first = new byte[40];
        BinaryPrimitives.WriteInt64LittleEndian(first, room);
        Guid.NewGuid().TryWriteBytes(first.AsSpan(24));
        await pubsub.PublishAsync(channel, (byte[])[.. first, .. Typing("primera")]);
        // A versioned one whose header lacks the change number, and one from a later version with a field this one
        // does not know.
        await pubsub.PublishAsync(channel, Versioned(room, header: 50, Typing("sin cambio")));
        await pubsub.PublishAsync(channel, Versioned(room, header: 66, Typing("posterior")));

        var seen = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            seen.Add((await socket.NextAsync("typing")).GetProperty("user").GetProperty("username").GetString());
        }

        Assert.Equal(["primera", "sin cambio", "posterior"], seen);
    }

    /// <summary>The versioned relay envelope with a header of <paramref name="header"/> bytes: fewer than the current 58, or more.</summary>
    private static byte[] Versioned(long room, int header, byte[] frame)
    {
        var bytes = new byte[header + frame.Length];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, -2);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)header);
        Guid.NewGuid().TryWriteBytes(bytes.AsSpan(10));
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(26), room);
        frame.CopyTo(bytes.AsSpan(header));
        return bytes;
    }

    /// <summary>The presence frames up to and including the one announcing <paramref name="userId"/> offline.</summary>
    private static async Task<List<JsonElement>> OfflineAnnouncementsAsync(ChatSocket socket, long userId)
    {
        var frames = new List<JsonElement>();
        while (frames.Count == 0 || frames[^1].GetProperty("user").Id() != userId || frames[^1].GetProperty("online").GetBoolean())
        {
            frames.Add(await socket.NextAsync("presence"));
        }

        return frames;
    }

    [Fact]
    public async Task Oversized_malformed_binary_and_too_fast_frames_close_with_a_policy_code()
    {
        var (users, room) = await GroupAsync(1);
        var uri = chat.First.SocketUri(room, users[0].AccessToken);

        await using (var oversized = await ChatSocket.ConnectAsync(uri))
        {
            await oversized.SendAsync(new { type = "message", body = new string('x', 10_000) });
            Assert.Equal((int)WebSocketCloseStatus.MessageTooBig, await oversized.ClosedWithAsync());
        }

        await using (var malformed = await ChatSocket.ConnectAsync(uri))
        {
            await malformed.SendRawAsync(ChatSocket.Utf8("{\"type\": \"message\", \"body\": "));
            Assert.Equal((int)WebSocketCloseStatus.PolicyViolation, await malformed.ClosedWithAsync());
        }

        await using (var nul = await ChatSocket.ConnectAsync(uri))
        {
            await nul.SendRawAsync(ChatSocket.Utf8("{\"type\": \"message\", \"body\": \"a\\u0000b\"}"));
            Assert.Equal((int)WebSocketCloseStatus.PolicyViolation, await nul.ClosedWithAsync());
        }

        await using (var unknown = await ChatSocket.ConnectAsync(uri))
        {
            await unknown.SendAsync(new { type = "shout" });
            Assert.Equal((int)WebSocketCloseStatus.PolicyViolation, await unknown.ClosedWithAsync());
        }

        await using (var binary = await ChatSocket.ConnectAsync(uri))
        {
            await binary.SendRawAsync([1, 2, 3], WebSocketMessageType.Binary);
            Assert.Equal((int)WebSocketCloseStatus.PolicyViolation, await binary.ClosedWithAsync());
        }

        await using (var fast = await ChatSocket.ConnectAsync(uri))
        {
            for (var i = 0; i < 100 && fast.CloseStatus is null; i++)
            {
                try
                {
                    await fast.SendAsync(new { type = "typing" });
                }
                catch (WebSocketException)
                {
                    break;
                }
            }

            Assert.Equal((int)WebSocketCloseStatus.PolicyViolation, await fast.ClosedWithAsync());
        }

        // The instance is fine: a new connection works.
        await using var after = await ChatSocket.ConnectAsync(uri);
        await after.SendAsync(new { type = "ping" });
        await after.NextAsync("pong");
    }

    [Fact]
    public async Task A_client_that_stops_reading_is_cut_off_while_the_others_keep_flowing()
    {
        var (users, room) = await GroupAsync(3);
        await using var slow = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, users[0].AccessToken), tinyReceiveBuffer: true);
        await using var reader = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, users[1].AccessToken));
        var body = new string('m', 3_900);
        const int Count = 400;

        // The sender keeps pace with the reader (a batch at a time), so only the client that stops reading falls behind,
        // however slowly this machine runs the test's own reader.
        var frames = new List<JsonElement>(Count);
        for (var batch = 0; batch < Count / 20; batch++)
        {
            var received = reader.MessagesAsync(20);
            await Task.WhenAll(Enumerable.Range(0, 20).Select(i => users[2].Client.SendAsync(room, $"{batch * 20 + i} {body}")));
            frames.AddRange(await received);
        }

        Assert.Equal(Count, frames.Select(f => f.Id()).Distinct().Count());
        Assert.Equal(frames.Select(f => f.Id()).Order(), frames.Select(f => f.Id()));
        var code = await slow.ClosedWithAsync();
        Assert.True(code is null or 4000, $"The slow client was closed with {code}, not cut off (4000).");
    }

    [Fact]
    public async Task Reconnecting_with_since_replays_exactly_what_was_missed_in_order()
    {
        var (users, room) = await GroupAsync(2);
        var first = await users[1].Client.SendAsync(room, "uno");
        long last;
        await using (var before = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, users[0].AccessToken, since: 0)))
        {
            last = (await before.MessagesAsync(1))[0].Id();
            before.Drop();
        }

        var missed = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            missed.Add((await users[1].Client.SendAsync(room, $"perdido {i}")).Id());
        }

        await using var again = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, users[0].AccessToken, since: last));
        var live = await users[1].Client.SendAsync(room, "en vivo");
        var frames = await again.MessagesAsync(6);

        Assert.Equal(first.Id(), last);
        Assert.Equal([.. missed, live.Id()], frames.Select(f => f.Id()));
    }

    [Fact]
    public async Task Reconnecting_with_since_and_since_change_replays_the_edits_and_deletes_made_while_away_in_order_and_once()
    {
        var (users, room) = await GroupAsync(2);
        var writer = users[1].Client;
        var kept = await writer.SendAsync(room, "uno");
        var removed = await writer.SendAsync(room, "dos");
        long lastMessage;
        long lastChange;
        await using (var before = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, users[0].AccessToken, since: 0)))
        {
            lastMessage = (await before.MessagesAsync(2))[1].Id();
            lastChange = before.Hello.GetProperty("last_change").GetInt64();
            before.Drop();
        }

        // While away: an older message edited twice, another deleted, a new one sent and edited.
        await EditAsync(writer, room, kept.Id(), "uno (corregido)");
        await EditAsync(writer, room, kept.Id(), "uno (corregido otra vez)");
        using (var delete = await writer.DeleteAsync($"{ChatApi.Rooms}{room}/messages/{removed.Id()}/", Ct))
        {
            await delete.ShouldBeAsync(HttpStatusCode.OK);
        }

        var missed = await writer.SendAsync(room, "tres");
        await EditAsync(writer, room, missed.Id(), "tres (corregido)");

        await using var again = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, users[0].AccessToken, since: lastMessage, sinceChange: lastChange));
        var live = await writer.SendAsync(room, "en vivo");
        var frames = new List<JsonElement>();
        while (frames.Count == 0 || frames[^1].Id() != live.Id())
        {
            var frame = await again.ReceiveAsync() ?? throw new InvalidOperationException($"Closed ({again.CloseStatus}).");
            if (frame.GetProperty("type").GetString() is "message" or "edit" or "delete")
            {
                frames.Add(frame);
            }
        }

        Assert.Equal(
            [("message", missed.Id(), "tres (corregido)"), ("edit", kept.Id(), "uno (corregido otra vez)"), ("delete", removed.Id(), ""), ("message", live.Id(), "en vivo")],
            frames.Select(f => (f.GetProperty("type").GetString(), f.Id(), f.GetProperty("body").GetString())));
        // Four changes while away; the first edit of "uno" was superseded by the second, which carries it as it is now.
        Assert.Equal(lastChange + 4, again.Hello.GetProperty("last_change").GetInt64());
        Assert.Equal([lastChange + 2, lastChange + 3], frames[1..3].Select(f => f.GetProperty("change").GetInt64()));
    }

    [Fact]
    public async Task An_edit_made_while_connected_arrives_once_with_its_change_number()
    {
        var (users, room) = await GroupAsync(2);
        await using var first = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, users[0].AccessToken));
        await using var second = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, users[0].AccessToken));
        var message = await users[1].Client.SendAsync(room, "hola");

        await EditAsync(users[1].Client, room, message.Id(), "hola a todos");
        var live = await users[1].Client.SendAsync(room, "después");

        foreach (var socket in new[] { first, second })
        {
            var frames = new List<JsonElement>();
            while (frames.Count == 0 || frames[^1].Id() != live.Id())
            {
                var frame = await socket.ReceiveAsync() ?? throw new InvalidOperationException($"Closed ({socket.CloseStatus}).");
                if (frame.GetProperty("type").GetString() is "message" or "edit" or "delete")
                {
                    frames.Add(frame);
                }
            }

            Assert.Equal(["message", "edit", "message"], frames.Select(f => f.GetProperty("type").GetString()));
            Assert.Equal(socket.Hello.GetProperty("last_change").GetInt64() + 1, frames[1].GetProperty("change").GetInt64());
        }
    }

    [Fact]
    public async Task A_deactivated_user_is_disconnected_and_refused_at_once()
    {
        var (users, room) = await GroupAsync(2);
        await using var socket = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, users[1].AccessToken));
        var admin = await auth.Server.SignInAdminAsync();

        using var deactivate = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{users[1].Id}/", new { is_active = false }, Ct);
        await deactivate.ShouldBeAsync(HttpStatusCode.OK);

        Assert.Contains(await socket.ClosedWithAsync(), new int?[] { 4002, 4003 });
        var list = await users[0].Client.RoomAsync(room);
        Assert.Equal(2, list.GetProperty("members").GetArrayLength());
    }

    private static async Task EditAsync(HttpClient client, long room, long message, string body)
    {
        using var edit = await client.PatchAsJsonAsync($"{ChatApi.Rooms}{room}/messages/{message}/", new { body }, Ct);
        await edit.ShouldBeAsync(HttpStatusCode.OK);
    }

    private async Task<string> TicketAsync(SignedInUser user)
    {
        using var client = auth.Server.CreateClient().WithBearer(user.AccessToken);
        using var response = await client.PostAsync(AuthApi.SocketTicket, null, Ct);
        return (await response.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("ticket").GetString()!;
    }

    private async Task LogOutAsync(SignedInUser user)
    {
        using var client = auth.Server.CreateClient().WithBearer(user.AccessToken);
        using var logout = await client.PostAsJsonAsync(AuthApi.Logout, new { refresh = user.RefreshToken }, Ct);
        await logout.ShouldBeAsync(HttpStatusCode.NoContent);
    }

    /// <summary><paramref name="count"/> users (or the one given) in a new group owned by the first.</summary>
    private async Task<(List<SignedInUser> Users, long Room)> GroupAsync(int count, SignedInUser? only = null)
    {
        var users = new List<SignedInUser>();
        if (only is not null)
        {
            users.Add(only);
        }

        while (users.Count < count)
        {
            users.Add(await chat.First.SignUpAsync());
        }

        foreach (var user in users.Skip(1))
        {
            await chat.First.KnowsAsync(user);
        }

        var room = await users[0].Client.CreateGroupAsync("Sala de pruebas", [.. users.Skip(1).Select(u => u.Id)]);
        return (users, room.Id());
    }
}
