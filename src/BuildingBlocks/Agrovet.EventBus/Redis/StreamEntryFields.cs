using System.Globalization;
using System.Text.Json;
using Agrovet.Contracts.Events;
using Agrovet.EventBus.Transport;
using StackExchange.Redis;

namespace Agrovet.EventBus.Redis;

/// <summary>An envelope as stream entry fields (CloudEvents attribute names; data as raw JSON), and back.</summary>
internal static class StreamEntryFields
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Source = "source";
    public const string Time = "time";
    public const string Subject = "subject";
    public const string Traceparent = "traceparent";
    public const string Data = "data";

    public static NameValueEntry[] From(EventEnvelope envelope)
    {
        var fields = new List<NameValueEntry>(7)
        {
            new(Id, envelope.Id.ToString()),
            new(Type, envelope.Type),
            new(Source, envelope.Source),
            new(Time, envelope.Time.ToString("O", CultureInfo.InvariantCulture)),
            new(Subject, envelope.Subject),
        };
        if (envelope.Traceparent is { Length: > 0 } traceparent)
        {
            fields.Add(new(Traceparent, traceparent));
        }

        fields.Add(new(Data, envelope.Data.GetRawText()));
        return [.. fields];
    }

    public static Delivery ToDelivery(string topic, StreamEntry entry, int attempt)
    {
        string? id = null, type = null, source = null, time = null, subject = null, traceparent = null, data = null;
        foreach (var field in entry.Values)
        {
            switch ((string?)field.Name)
            {
                case Id: id = field.Value; break;
                case Type: type = field.Value; break;
                case Source: source = field.Value; break;
                case Time: time = field.Value; break;
                case Subject: subject = field.Value; break;
                case Traceparent: traceparent = field.Value; break;
                case Data: data = field.Value; break;
            }
        }

        var deliveryId = entry.Id.ToString();
        if (!Guid.TryParse(id, out var eventId))
        {
            return Malformed("no valid 'id' field");
        }

        if (string.IsNullOrEmpty(type))
        {
            return Malformed("no 'type' field");
        }

        if (!DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var occurredAt))
        {
            return Malformed("no valid 'time' field");
        }

        if (data is null)
        {
            return Malformed("no 'data' field");
        }

        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(data);
            json = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Malformed($"'data' is not JSON: {e.Message}");
        }

        var envelope = new EventEnvelope(eventId, type, source ?? string.Empty, occurredAt, subject ?? string.Empty, json, traceparent);
        return new Delivery(topic, deliveryId, envelope, attempt);

        Delivery Malformed(string reason) => new(topic, deliveryId, null, attempt, $"Malformed stream entry: {reason}.");
    }
}
