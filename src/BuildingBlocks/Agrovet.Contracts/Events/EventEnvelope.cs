using System.Text.Json;

namespace Agrovet.Contracts.Events;

/// <summary>
/// One event as it travels between services, shaped like a CloudEvent: <c>id</c> (UUIDv7), <c>type</c>
/// ("user.created"), <c>source</c> ("agrovet/auth"), <c>time</c>, <c>subject</c> (the aggregate, e.g. the user id),
/// <c>data</c> (the event record as JSON) and the W3C <c>traceparent</c> of the operation that raised it.
/// </summary>
public sealed record EventEnvelope(
    Guid Id,
    string Type,
    string Source,
    DateTimeOffset Time,
    string Subject,
    JsonElement Data,
    string? Traceparent)
{
    /// <summary>Wraps <paramref name="data"/> in a new envelope with a fresh UUIDv7 id.</summary>
    public static EventEnvelope Create<TEvent>(TEvent data, string source, string subject, DateTimeOffset time, string? traceparent)
        where TEvent : IIntegrationEvent<TEvent> =>
        new(Guid.CreateVersion7(time), TEvent.EventType, source, time, subject,
            JsonSerializer.SerializeToElement(data, TEvent.JsonTypeInfo), traceparent);

    /// <summary>The event record carried in <see cref="Data"/>.</summary>
    public TEvent DataAs<TEvent>()
        where TEvent : IIntegrationEvent<TEvent> =>
        Data.Deserialize(TEvent.JsonTypeInfo) ?? throw new JsonException($"Event {Id} ({Type}) has null data.");
}
