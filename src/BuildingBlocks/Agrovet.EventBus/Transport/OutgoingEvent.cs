using Agrovet.Contracts.Events;

namespace Agrovet.EventBus.Transport;

public sealed record OutgoingEvent(string Topic, EventEnvelope Envelope);
