using Agrovet.Contracts.Events;

namespace Agrovet.EventBus.Transport;

/// <summary>
/// One delivery of an event to a consumer. <see cref="DeliveryId"/> is the broker's position (a stream entry id);
/// <see cref="Attempt"/> counts deliveries of that entry to the group (1 for a first delivery). <see cref="Envelope"/> is
/// null when the entry could not be read as an event (<see cref="Malformed"/> says why).
/// </summary>
public sealed record Delivery(string Topic, string DeliveryId, EventEnvelope? Envelope, int Attempt, string? Malformed = null);
