using Microsoft.Extensions.Configuration;

namespace Agrovet.ServiceDefaults.Configuration;

/// <summary>
/// The one place that knows where every service listens inside the platform.
/// Each URL comes from its <c>*_INTERNAL_URL</c> variable, with a loopback default for local runs.
/// </summary>
public sealed class InternalServiceUrls
{
    public static readonly IReadOnlyList<ServiceEndpoint> Defaults =
    [
        new("gateway", "GATEWAY_INTERNAL_URL", 8080),
        new("auth", "AUTH_INTERNAL_URL", 8101),
        new("media", "MEDIA_INTERNAL_URL", 8102),
        new("profiles", "PROFILES_INTERNAL_URL", 8103),
        new("marketplace", "MARKETPLACE_INTERNAL_URL", 8104),
        new("chat", "CHAT_INTERNAL_URL", 8105),
        new("forum", "FORUM_INTERNAL_URL", 8106),
        new("compute", "COMPUTE_INTERNAL_URL", 8107),
    ];

    private readonly Dictionary<string, Uri> _urls;

    public InternalServiceUrls(IConfiguration configuration)
    {
        _urls = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in Defaults)
        {
            var configured = configuration[service.Variable];
            _urls[service.Name] = string.IsNullOrWhiteSpace(configured)
                ? new Uri($"http://127.0.0.1:{service.DefaultPort}")
                : new Uri(configured.TrimEnd('/'));
        }
    }

    public Uri Auth => this["auth"];
    public Uri Media => this["media"];
    public Uri Profiles => this["profiles"];
    public Uri Marketplace => this["marketplace"];
    public Uri Chat => this["chat"];
    public Uri Forum => this["forum"];
    public Uri Compute => this["compute"];
    public Uri Gateway => this["gateway"];

    public Uri this[string service] => _urls.TryGetValue(service, out var url)
        ? url
        : throw new KeyNotFoundException($"Unknown service '{service}'. Known: {string.Join(", ", _urls.Keys)}.");
}
