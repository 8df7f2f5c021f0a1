namespace Agrovet.Gateway.RateLimiting;

/// <summary>Config section <c>RateLimiting</c>; every number can be raised (the benchmark does).</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Redis keys are <c>{KeyPrefix}:{policy}:{client}</c>; gateways that share a prefix share the budget.</summary>
    public string KeyPrefix { get; set; } = "agrovet:ratelimit";

    public RateLimitPoliciesOptions Policies { get; set; } = new();

    public bool IsValid() =>
        !string.IsNullOrWhiteSpace(KeyPrefix)
        && new[] { Policies.Strict, Policies.Default }.All(p => p.PermitLimit > 0 && p.WindowSeconds > 0);
}
