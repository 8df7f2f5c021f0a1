using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Agrovet.Gateway.Routing;
using Agrovet.Testing;

namespace Agrovet.Faults.Tests;

/// <summary>
/// Two chat instances share the database and Redis (as replicas do behind a load balancer); one is killed (SIGKILL)
/// while its clients talk to people on the other, or, through the gateway, while a whole room is on it.
/// </summary>
public sealed class ChatInstanceKilled(FaultPlatform platform)
{
    private const int SentWhileAway = 3;

    private IReadOnlyList<Uri> Instances => platform.Platform.InstanceUrlsOf(platform.Service("chat"));

    [Fact]
    public async Task Clients_of_a_killed_chat_instance_reconnect_to_the_other_with_since_and_miss_no_stored_message()
    {
        var ana = await platform.SignUpAsync();
        var beto = await platform.SignUpAsync();
        var room = await CreateGroupAsync(ana.Client, beto.Id);
        var (first, second) = (Instances[0], Instances[1]);

        long lastSeen;
        await using (var anaOnFirst = await ChatSocket.ConnectAsync(first, room, ana.AccessToken, since: null, Ct))
        {
            await using var betoOnSecond = await ChatSocket.ConnectAsync(second, room, beto.AccessToken, since: null, Ct);
            await anaOnFirst.SendAsync("Hola, ¿me escucha?", "ana-1", Ct);
            lastSeen = (await anaOnFirst.WaitForMessageAsync(m => ClientId(m) == "ana-1", Ct)).GetProperty("id").GetInt64();
            await betoOnSecond.WaitForMessageAsync(m => ClientId(m) == "ana-1", Ct);

            await platform.Platform.StopServiceAsync("chat", kill: true);
            try
            {
                await anaOnFirst.WaitUntilClosedAsync(Ct);
                // Ana's client reconnects to the instance that is left, from the last message it had.
                await CatchUpAsync(betoOnSecond, () => ChatSocket.ConnectAsync(second, room, ana.AccessToken, since: lastSeen, Ct));
            }
            finally
            {
                await platform.Platform.StartServiceAsync("chat", Ct);
            }
        }

        // Every stored message is in the room's history, read through the gateway from the restarted instance.
        await AssertEveryMessageStoredAsync(ana.Client, room);
    }

    [Fact]
    public async Task Through_the_gateway_a_room_meets_on_one_instance_and_its_clients_carry_on_at_the_other_when_it_is_killed()
    {
        var ana = await platform.SignUpAsync();
        var beto = await platform.SignUpAsync();
        // A room the gateway sends to the first instance, the one killed below.
        var room = await CreateGroupAsync(ana.Client, beto.Id);
        while (RendezvousHash.Pick(room.ToString(CultureInfo.InvariantCulture), Instances, static u => u.ToString()) != 0)
        {
            room = await CreateGroupAsync(ana.Client, beto.Id);
        }

        var gateway = platform.Platform.GatewayUrl;
        long lastSeen;
        await using (var ana1 = await ChatSocket.ConnectAsync(gateway, room, ana.AccessToken, since: null, Ct))
        await using (var beto1 = await ChatSocket.ConnectAsync(gateway, room, beto.AccessToken, since: null, Ct))
        {
            await ana1.SendAsync("¿Llegó el pedido?", "ana-1", Ct);
            lastSeen = (await ana1.WaitForMessageAsync(m => ClientId(m) == "ana-1", Ct)).GetProperty("id").GetInt64();
            await beto1.WaitForMessageAsync(m => ClientId(m) == "ana-1", Ct);

            await platform.Platform.StopServiceAsync("chat", kill: true);
            // Both sockets end with the instance: the gateway had put both on it.
            await ana1.WaitUntilClosedAsync(Ct);
            await beto1.WaitUntilClosedAsync(Ct);
        }

        try
        {
            // Clients reconnect through the gateway, which now sends the room to the instance still up.
            await using var beto2 = await ReconnectAsync(gateway, room, beto.AccessToken, since: lastSeen);
            await CatchUpAsync(beto2, () => ReconnectAsync(gateway, room, ana.AccessToken, since: lastSeen));
        }
        finally
        {
            await platform.Platform.StartServiceAsync("chat", Ct);
        }

        await AssertEveryMessageStoredAsync(ana.Client, room);
    }

    /// <summary>
    /// Beto sends <see cref="SentWhileAway"/> messages while Ana is away; Ana's client, reconnected with <c>since</c>,
    /// gets exactly those, in order, and her answer reaches Beto.
    /// </summary>
    private static async Task CatchUpAsync(ChatSocket beto, Func<Task<ChatSocket>> reconnectAna)
    {
        for (var i = 1; i <= SentWhileAway; i++)
        {
            await beto.SendAsync($"Mensaje {i} mientras no está", $"beto-{i}", Ct);
            await beto.WaitForMessageAsync(m => ClientId(m) == $"beto-{i}", Ct);
        }

        await using var ana = await reconnectAna();
        await ana.WaitForMessageAsync(m => ClientId(m) == $"beto-{SentWhileAway}", Ct);
        Assert.Equal([.. Enumerable.Range(1, SentWhileAway).Select(i => $"beto-{i}")], ana.Messages.Select(ClientId).ToList());
        await ana.SendAsync("Ya volví", "ana-2", Ct);
        await beto.WaitForMessageAsync(m => ClientId(m) == "ana-2", Ct);
    }

    private static async Task AssertEveryMessageStoredAsync(HttpClient client, long room)
    {
        using var history = await client.GetAsync($"/api/chat/rooms/{room}/messages/?limit=100", Ct);
        var stored = (await history.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("results").EnumerateArray().Select(ClientId).Reverse().ToList();
        Assert.Equal(["ana-1", "beto-1", "beto-2", "beto-3", "ana-2"], stored);
    }

    /// <summary>Opens the socket again through the gateway, as the web app's client does after a drop: retrying while the gateway still answers 503.</summary>
    private static async Task<ChatSocket> ReconnectAsync(Uri gateway, long room, string token, long since)
    {
        ChatSocket? socket = null;
        await Poll.UntilAsync(
            async () =>
            {
                try
                {
                    socket = await ChatSocket.ConnectAsync(gateway, room, token, since, Ct);
                    return true;
                }
                catch (WebSocketException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(30),
            "the gateway to send the room to the instance still up",
            Ct);
        return socket!;
    }

    private static string? ClientId(JsonElement message) =>
        message.TryGetProperty("client_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    /// <summary>Creates a group of the caller and <paramref name="member"/>, asking again until the chat has heard of the new member.</summary>
    private static async Task<long> CreateGroupAsync(HttpClient owner, long member)
    {
        long id = 0;
        await Poll.UntilAsync(
            async () =>
            {
                using var response = await owner.PostAsJsonAsync("/api/chat/rooms/", new { kind = "group", name = "Vecinos del valle", member_ids = new[] { member } }, Ct);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    return false;
                }

                id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
                return true;
            },
            TimeSpan.FromSeconds(60),
            "the chat to know both members",
            Ct);
        return id;
    }
}
