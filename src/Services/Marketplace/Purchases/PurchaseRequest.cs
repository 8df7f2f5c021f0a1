namespace Agrovet.Marketplace.Purchases;

/// <summary>How many units to buy (a whole number from 1).</summary>
public sealed record PurchaseRequest(long? Quantity);
