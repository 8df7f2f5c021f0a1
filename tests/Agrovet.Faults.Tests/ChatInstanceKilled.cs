using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Agrovet.LocalInfrastructure;
using Agrovet.Testing;

namespace Agrovet.Faults.Tests;

/// <summary>
/// Two chat instances share the database and Redis (as replicas do behind a load balancer); one is killed (SIGKILL)
/// while its clients talk to people on the other.
/// </summary>
public sealed class ChatInstanceKilled(FaultPlatform platform)
{
    private const int SentWhileAway = 3;

    [Fact]
    public async Task Clients_of_a_killed_chat_instance_reconnect_to_the_other_with_since_and_miss_no_stored_message()
    {
        var ana = await platform.SignUpAsync();
        var beto = await platform.SignUpAsync();
        var room = await CreateGroupAsync(ana.Client, beto.Id);
        var first = platform.Platform.UrlOf(platform.Service("chat"));
        var secondPort = FreePort.Next();
        await platform.Platform.StartReplicaAsync("chat", secondPort, FreePort.Next(), Ct);
        var second = new Uri($"http://127.0.0.1:{secondPort}");

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
                for (var i = 1; i <= SentWhileAway; i++)
                {
                    await betoOnSecond.SendAsync($"Mensaje {i} mientras no está", $"beto-{i}", Ct);
                    await betoOnSecond.WaitForMessageAsync(m => ClientId(m) == $"beto-{i}", Ct);
                }

                // Ana's client reconnects to the instance that is left, from the last message it had.
                await using var anaOnSecond = await ChatSocket.ConnectAsync(second, room, ana.AccessToken, since: lastSeen, Ct);
                await anaOnSecond.WaitForMessageAsync(m => ClientId(m) == $"beto-{SentWhileAway}", Ct);
                Assert.Equal(
                    [.. Enumerable.Range(1, SentWhileAway).Select(i => $"beto-{i}")],
                    anaOnSecond.Messages.Select(ClientId).ToList());
                await anaOnSecond.SendAsync("Ya volví", "ana-2", Ct);
                await betoOnSecond.WaitForMessageAsync(m => ClientId(m) == "ana-2", Ct);
            }
            finally
            {
                await platform.Platform.StartServiceAsync("chat", Ct);
            }
        }

        // Every stored message is in the room's history, read through the gateway from the restarted instance.
        using var history = await ana.Client.GetAsync($"/api/chat/rooms/{room}/messages/?limit=100", Ct);
        var stored = (await history.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("results").EnumerateArray().Select(ClientId).Reverse().ToList();
        Assert.Equal(["ana-1", "beto-1", "beto-2", "beto-3", "ana-2"], stored);
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
