namespace Agrovet.Chat.Tests;

/// <summary>One of two instances dies mid-conversation: nothing stored is lost, and its clients carry on at the other.</summary>
public sealed class InstanceLossTests(ChatPair chat) : IClassFixture<ChatPair>
{
    [Fact]
    public async Task An_instance_that_dies_mid_conversation_loses_no_stored_message_and_its_clients_reconnect_to_the_other()
    {
        var ana = await chat.First.SignUpAsync();
        var ben = await chat.First.SignUpAsync();
        await chat.First.KnowsAsync(ben);
        var room = (await ana.Client.CreateGroupAsync("Vacunación", ben.Id)).Id();
        var anaSocket = await ChatSocket.ConnectAsync(chat.Second.SocketUri(room, ana.AccessToken));
        await using var benSocket = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, ben.AccessToken));

        var acknowledged = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            await anaSocket.SendAsync(new { type = "message", body = $"antes {i}", client_id = $"before-{i}" });
            acknowledged.Add((await anaSocket.NextAsync("message")).Id());
        }

        var lastSeen = acknowledged[^1];
        await anaSocket.SendAsync(new { type = "message", body = "en vuelo", client_id = "in-flight" });
        await chat.Second.DisposeAsync();
        await anaSocket.DisposeAsync();

        // Ana reconnects to the surviving instance, catches up, and resends what she had not seen acknowledged.
        await using var resumed = await ChatSocket.ConnectAsync(chat.First.SocketUri(room, ana.AccessToken, since: lastSeen));
        await resumed.SendAsync(new { type = "message", body = "en vuelo", client_id = "in-flight" });
        await resumed.SendAsync(new { type = "message", body = "después", client_id = "after" });
        var benFrames = await benSocket.MessagesAsync(7);
        var history = await ben.Client.HistoryAsync(room, "?limit=100");

        var stored = history.GetProperty("results").EnumerateArray().Select(m => m.GetProperty("body").GetString()).Reverse().ToList();
        Assert.Equal(["antes 0", "antes 1", "antes 2", "antes 3", "antes 4", "en vuelo", "después"], stored);
        Assert.Equal(history.GetProperty("results").EnumerateArray().Select(m => m.Id()).Reverse(), benFrames.Select(f => f.Id()));
        Assert.Equal(acknowledged, benFrames.Take(5).Select(f => f.Id()));
    }
}
