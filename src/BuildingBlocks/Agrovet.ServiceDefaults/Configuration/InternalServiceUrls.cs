using Microsoft.Extensions.Configuration;

namespace Agrovet.ServiceDefaults.Configuration;

/// <summary>
/// The one place that knows where every service listens inside the platform.
/// Each URL comes from the service's <c>*_INTERNAL_URL</c> variable (<see cref="ServiceCatalog"/>), with a loopback
/// default for local runs.
/// </summary>
public sealed class InternalServiceUrls
{
    private readonly Dictionary<string, Uri> _urls = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _configured = new(StringComparer.OrdinalIgnoreCase);

    public InternalServiceUrls(IConfiguration configuration)
    {
        foreach (var service in ServiceCatalog.All)
        {
            var configured = configuration[service.UrlVariable];
            if (string.IsNullOrWhiteSpace(configured))
            {
                _urls[service.Name] = service.DefaultUrl;
            }
            else
            {
                _urls[service.Name] = new Uri(configured.TrimEnd('/'));
                _configured.Add(service.Name);
            }
        }
    }

    public Uri Auth => this["auth"];
    public Uri Media => this["media"];
    public Uri Profiles => this["profiles"];
    public Uri Marketplace => this["marketplace"];
    public Uri Chat => this["chat"];
    public Uri Forum => this["forum"];
    public Uri Compute => this["compute"];
    public Uri Gateway => this[ServiceCatalog.GatewayName];

    public Uri this[string service] => _urls.TryGetValue(service, out var url)
        ? url
        : throw new KeyNotFoundException($"Unknown service '{service}'. Known: {string.Join(", ", _urls.Keys)}.");

    /// <summary>Whether this deployment said where the service is (its variable is set) rather than leaving the default.</summary>
    public bool IsConfigured(string service) => _configured.Contains(service);

    /// <summary>
    /// The services behind the gateway that this deployment runs: those whose URL variable is set, or every one when
    /// none is (a bare local run, where each service is at its default port).
    /// </summary>
    public IReadOnlyList<ServiceDefinition> DeployedUpstreams()
    {
        var upstreams = ServiceCatalog.Upstreams.ToList();
        var configured = upstreams.Where(s => IsConfigured(s.Name)).ToList();
        return configured.Count > 0 ? configured : upstreams;
    }
}
