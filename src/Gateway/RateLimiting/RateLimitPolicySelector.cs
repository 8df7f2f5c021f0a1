using Microsoft.Extensions.Options;

namespace Agrovet.Gateway.RateLimiting;

/// <summary>Picks the strict policy for the endpoints it lists (login, register, password reset) and the default one for everything else.</summary>
public sealed class RateLimitPolicySelector
{
    private static readonly string[] DefaultStrictEndpoints = [
        "POST /api/auth/login/", "POST /api/auth/register/", "POST /api/auth/password/forgot/", "POST /api/auth/password/reset/",
    ];

    private readonly HashSet<(string Method, string Path)> _strictEndpoints;
    private readonly RateLimitPolicy _strict;
    private readonly RateLimitPolicy _default;

    public RateLimitPolicySelector(IOptions<RateLimitingOptions> options)
    {
        var policies = options.Value.Policies;
        _strict = new RateLimitPolicy("strict", policies.Strict.PermitLimit, policies.Strict.Window);
        _default = new RateLimitPolicy("default", policies.Default.PermitLimit, policies.Default.Window);
        var entries = policies.Strict.Endpoints.Count > 0 ? policies.Strict.Endpoints : [.. DefaultStrictEndpoints];
        _strictEndpoints = new HashSet<(string, string)>(entries.Select(Parse));
    }

    public RateLimitPolicy For(HttpRequest request) =>
        _strictEndpoints.Contains((request.Method.ToUpperInvariant(), Normalize(request.Path.Value)))
            ? _strict
            : _default;

    private static (string Method, string Path) Parse(string entry)
    {
        var parts = entry.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2
            ? (parts[0].ToUpperInvariant(), Normalize(parts[1]))
            : throw new InvalidOperationException($"RateLimiting endpoint '{entry}' must look like 'POST /api/auth/login/'.");
    }

    private static string Normalize(string? path) => (path ?? "/").TrimEnd('/').ToLowerInvariant();
}
