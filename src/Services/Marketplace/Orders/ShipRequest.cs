namespace Agrovet.Marketplace.Orders;

/// <summary>Shipping's optional note for the buyer: the carrier, a tracking number, when to expect it.</summary>
public sealed record ShipRequest(string? TrackingNote);
