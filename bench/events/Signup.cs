namespace Agrovet.Bench.Events;

/// <summary>The producer's aggregate, a sign-up (UUIDv7 key, so the change and its event go in one SaveChanges).</summary>
public sealed class Signup
{
    public Guid Id { get; set; }

    public required string Username { get; set; }

    public DateTime CreatedAt { get; set; }
}
