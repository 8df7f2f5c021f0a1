namespace Agrovet.Gateway.RateLimiting;

/// <summary>A named policy as the limiter uses it.</summary>
public sealed record RateLimitPolicy(string Name, int PermitLimit, TimeSpan Window);
