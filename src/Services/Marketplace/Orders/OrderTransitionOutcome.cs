namespace Agrovet.Marketplace.Orders;

/// <summary>What an attempt to move an order through its lifecycle came to.</summary>
public abstract record OrderTransitionOutcome
{
    private OrderTransitionOutcome()
    {
    }

    /// <summary>The order as it is now.</summary>
    public sealed record Applied(Order Order) : OrderTransitionOutcome;

    /// <summary>No such order, or the caller is none of its parties (they do not learn that it exists).</summary>
    public sealed record NoSuchOrder : OrderTransitionOutcome;

    /// <summary>The caller's part in the order never allows the action.</summary>
    public sealed record NotAllowed : OrderTransitionOutcome;

    /// <summary>The order's status (<paramref name="Current"/>) does not allow it now; <paramref name="AllowedFrom"/> would.</summary>
    public sealed record WrongStatus(OrderParty Party, string Current, IReadOnlyList<string> AllowedFrom) : OrderTransitionOutcome;
}
