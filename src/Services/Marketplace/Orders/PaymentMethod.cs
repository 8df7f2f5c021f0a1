namespace Agrovet.Marketplace.Orders;

/// <summary>
/// How the buyer will pay, recorded on the order for both parties; the platform takes no payment itself (no card
/// processing): cash on delivery, a bank transfer, or whatever the two agree on.
/// </summary>
public static class PaymentMethod
{
    public const string CashOnDelivery = "cash_on_delivery";
    public const string BankTransfer = "bank_transfer";
    public const string Agreed = "agreed";

    public static readonly IReadOnlyList<string> All = [CashOnDelivery, BankTransfer, Agreed];

    public static bool IsKnown(string? method) => method is CashOnDelivery or BankTransfer or Agreed;
}
