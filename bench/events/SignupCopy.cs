namespace Agrovet.Bench.Events;

/// <summary>The consumer's effect of one event.</summary>
public sealed class SignupCopy
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public required string Username { get; set; }
}
