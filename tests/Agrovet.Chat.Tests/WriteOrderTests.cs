namespace Agrovet.Chat.Tests;

/// <summary>
/// The writer with every message a batch of its own and three batches stored at once: the batches race for their room's
/// lock, and the messages must still be stored, and shown, in the order they were sent.
/// </summary>
public sealed class WriteOrderTests(AuthServerFixture auth)
{
    [Fact]
    public async Task A_sender_s_messages_stored_in_batches_at_once_keep_the_order_they_were_sent_in()
    {
        await using var api = new ChatApiFactory(auth)
        {
            Settings = new Dictionary<string, string>
            {
                ["Chat:WriteBatchSize"] = "1",
                ["Chat:WriteLinger"] = "00:00:00",
                ["Chat:WriteBatchesInFlight"] = "3",
            },
        };
        await api.InitializeAsync();
        var ana = await api.SignUpAsync();
        var ben = await api.SignUpAsync();
        await api.KnowsAsync(ben);
        var room = (await ana.Client.CreateGroupAsync("Orden de llegada", ben.Id)).Id();
        await using var sender = await ChatSocket.ConnectAsync(api.SocketUri(room, ana.AccessToken));
        await using var reader = await ChatSocket.ConnectAsync(api.SocketUri(room, ben.AccessToken));

        // Twenty-five frames (within the burst a connection may send), none waiting for the one before to be stored.
        var sent = Enumerable.Range(0, 25).Select(i => $"m-{i:00}").ToList();
        foreach (var body in sent)
        {
            await sender.SendAsync(new { type = "message", body });
        }

        var seen = await reader.MessagesAsync(sent.Count);
        Assert.Equal(sent, seen.Select(f => f.GetProperty("body").GetString()!));
        var stored = await ana.Client.HistoryAsync(room, "?limit=100");
        Assert.Equal(sent, stored.GetProperty("results").EnumerateArray().Select(m => m.GetProperty("body").GetString()!).Reverse());
    }
}
