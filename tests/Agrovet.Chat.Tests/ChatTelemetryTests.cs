using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Agrovet.Chat.Tests;

/// <summary>The chat's own metrics: where a message's time goes between its frame's arrival and each member's socket.</summary>
public sealed class ChatTelemetryTests(ChatApiFactory api) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task A_message_s_wait_for_a_batch_the_batch_s_store_and_each_delivery_are_measured()
    {
        using var recorded = new RecordedMeasurements(ChatTelemetry.Name);
        var ana = await api.SignUpAsync();
        var beto = await api.SignUpAsync();
        await api.KnowsAsync(beto);
        var room = (await ana.Client.CreateGroupAsync("Medidas", [beto.Id])).Id();
        await using var anaSocket = await ChatSocket.ConnectAsync(api.SocketUri(room, ana.AccessToken));
        await using var betoSocket = await ChatSocket.ConnectAsync(api.SocketUri(room, beto.AccessToken));

        await anaSocket.SendAsync(new { type = "message", body = "¿Cuánto pesa el ternero?", client_id = "medida-1" });
        await Task.WhenAll(anaSocket.MessagesAsync(1), betoSocket.MessagesAsync(1));

        await Poll.UntilAsync(() => recorded.Of("agrovet.chat.delivery.delay").Count >= 2, TimeSpan.FromSeconds(10), "both deliveries to be measured", Ct);
        Assert.NotEmpty(recorded.Of("agrovet.chat.message.queued"));
        Assert.NotEmpty(recorded.Of("agrovet.chat.batch.duration"));
        Assert.Contains(recorded.Of("agrovet.chat.batch.size"), size => size >= 1);
        Assert.All(recorded.Of("agrovet.chat.delivery.delay"), seconds => Assert.InRange(seconds, 0, 10));
        Assert.Contains(1d, recorded.Of("agrovet.chat.connections"));
    }

    /// <summary>Every measurement of one meter's instruments while it lives (other tests' chats in this process included).</summary>
    private sealed class RecordedMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _values = new();

        public RecordedMeasurements(string meter)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == meter)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Add(instrument, value));
            _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Add(instrument, value));
            _listener.Start();
        }

        public IReadOnlyCollection<double> Of(string instrument) => _values.TryGetValue(instrument, out var values) ? [.. values] : [];

        public void Dispose() => _listener.Dispose();

        private void Add(Instrument instrument, double value) => _values.GetOrAdd(instrument.Name, _ => new()).Enqueue(value);
    }
}
