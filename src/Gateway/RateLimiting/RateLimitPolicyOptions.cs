namespace Agrovet.Gateway.RateLimiting;

/// <summary>A fixed window: at most <see cref="PermitLimit"/> requests per client address per <see cref="WindowSeconds"/>.</summary>
public sealed class RateLimitPolicyOptions
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;

    /// <summary>"METHOD /path/" entries this policy applies to; trailing slashes and letter case do not matter.</summary>
    public List<string> Endpoints { get; } = [];

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
