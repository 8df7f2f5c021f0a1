namespace Agrovet.Gateway.RateLimiting;

public sealed class RateLimitPoliciesOptions
{
    /// <summary>Login and register: guessing passwords and mass sign-ups are what it stops.</summary>
    public RateLimitPolicyOptions Strict { get; set; } = new() { PermitLimit = 10 };

    /// <summary>Everything else.</summary>
    public RateLimitPolicyOptions Default { get; set; } = new() { PermitLimit = 1200 };
}
