namespace Agrovet.EventBus.Tests.Support;

/// <summary>The consumer's effect: one row per handled <c>user.created</c>.</summary>
public sealed class AccountCopy
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public long UserId { get; set; }

    public required string Username { get; set; }
}
