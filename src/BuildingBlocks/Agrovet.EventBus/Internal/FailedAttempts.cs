namespace Agrovet.EventBus.Internal;

/// <summary>Work given up on: its last failure, on attempt <paramref name="Attempts"/>.</summary>
internal sealed record FailedAttempts(Exception Exception, int Attempts);
