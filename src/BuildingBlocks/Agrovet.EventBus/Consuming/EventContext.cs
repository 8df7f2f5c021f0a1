using Agrovet.Contracts.Events;

namespace Agrovet.EventBus.Consuming;

/// <summary>The envelope of the event being handled and where it came from.</summary>
public sealed record EventContext(EventEnvelope Envelope, string Topic, string ConsumerGroup, int Attempt)
{
    public Guid EventId => Envelope.Id;

    public string Subject => Envelope.Subject;

    public DateTimeOffset Time => Envelope.Time;

    public string Source => Envelope.Source;
}
