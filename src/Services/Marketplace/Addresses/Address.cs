namespace Agrovet.Marketplace.Addresses;

/// <summary>
/// A place a buyer has things delivered to, kept in their account for the next checkout. Addresses live in the
/// marketplace (not in auth or profiles) because orders are all they are for: a purchase copies the chosen address onto
/// the order in the same transaction that takes the stock, without asking another service, and the copy keeps the
/// order's delivery as it was agreed when the address is later edited or deleted.
/// </summary>
public sealed class Address
{
    private Address()
    {
    }

    public long Id { get; private set; }

    public long UserId { get; private set; }

    public AddressFields Fields { get; set; } = AddressFields.Empty;

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public static Address Create(long userId, AddressFields fields, DateTime now) => new()
    {
        UserId = userId,
        Fields = fields,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
