using System.Globalization;
using Agrovet.LocalInfrastructure;
using Agrovet.ServiceDefaults.Telemetry;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.Infrastructure;

/// <summary>
/// The configuration one gateway under test gets: services pointed at the echo upstreams, the shared Redis, a rate
/// limit key prefix of its own (so tests do not spend each other's budget) and limits high enough not to interfere.
/// </summary>
public sealed class GatewaySettings
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    public GatewaySettings(EchoUpstreams upstreams, TestInfrastructure infrastructure)
    {
        foreach (var (service, url) in upstreams.Urls)
        {
            _values[$"{service.ToUpperInvariant()}_INTERNAL_URL"] = url.ToString();
        }

        _values["urls"] = "http://127.0.0.1:0";
        _values["ConnectionStrings:Redis"] = infrastructure.RedisConnectionString;
        _values["RateLimiting:KeyPrefix"] = TestInfrastructure.CreateRedisKeyPrefix("gateway-test");
        _values["RateLimiting:Policies:Strict:PermitLimit"] = "1000";
        _values["RateLimiting:Policies:Default:PermitLimit"] = "100000";
        // A directory that does not exist: no web build, whatever the repository holds.
        _values["AGROVET_WEB_ROOT"] = Path.Combine(Path.GetTempPath(), $"agrovet-gateway-test-no-web-{Guid.NewGuid():N}");
    }

    public GatewaySettings With(string key, string? value)
    {
        _values[key] = value;
        return this;
    }

    public GatewaySettings WithServiceDown(string service) =>
        With($"{service.ToUpperInvariant()}_INTERNAL_URL", $"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The platform does not run this service: its URL variable is not set.</summary>
    public GatewaySettings WithoutService(string service) => With($"{service.ToUpperInvariant()}_INTERNAL_URL", null);

    /// <summary>Metrics and health on a second, internal port (<c>Agrovet:ManagementPort</c>), as the launcher runs every service.</summary>
    public GatewaySettings WithManagementPort() =>
        With(ManagementEndpoint.PortKey, FreePort.Next().ToString(CultureInfo.InvariantCulture));

    public GatewaySettings WithRedisDown() =>
        With("ConnectionStrings:Redis", $"127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}");

    public GatewaySettings WithRateLimitKeyPrefix(string prefix) => With("RateLimiting:KeyPrefix", prefix);

    public GatewaySettings WithStrictLimit(int permits) =>
        With("RateLimiting:Policies:Strict:PermitLimit", permits.ToString(CultureInfo.InvariantCulture));

    public GatewaySettings WithDefaultLimit(int permits) =>
        With("RateLimiting:Policies:Default:PermitLimit", permits.ToString(CultureInfo.InvariantCulture));

    public GatewaySettings WithAllowedOrigins(params string[] origins)
    {
        for (var i = 0; i < origins.Length; i++)
        {
            With($"Cors:AllowedOrigins:{i.ToString(CultureInfo.InvariantCulture)}", origins[i]);
        }

        return this;
    }

    public GatewaySettings WithWebRoot(string directory) => With("AGROVET_WEB_ROOT", directory);

    public IReadOnlyDictionary<string, string?> ToDictionary() => new Dictionary<string, string?>(_values, StringComparer.OrdinalIgnoreCase);
}
