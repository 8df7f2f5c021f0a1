using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Agrovet.Gateway.Health;

/// <summary>
/// Asks one service's <c>/health/ready</c> and reports Healthy or Degraded, never Unhealthy: a stopped service is
/// shown on the gateway's <c>/health/</c>, but does not make the gateway itself look dead.
/// </summary>
public sealed class ServiceHealthCheck(string service, Uri baseUrl, IHttpClientFactory clients) : IHealthCheck
{
    public const string HttpClientName = "service-health";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = clients.CreateClient(HttpClientName);
        try
        {
            using var response = await client.GetAsync(new Uri(baseUrl, "/health/ready"), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{service} is ready at {Display(baseUrl)}.")
                : HealthCheckResult.Degraded($"{service} answers at {Display(baseUrl)} but is not ready (/health/ready gave {(int)response.StatusCode}); check its database and Redis.");
        }
        catch (HttpRequestException)
        {
            return HealthCheckResult.Degraded($"{service} is not reachable at {Display(baseUrl)}. Start it (./agrovet up) or check its logs.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded($"{service} did not answer within {Timeout.TotalSeconds:0.#} s at {Display(baseUrl)}.");
        }
    }

    private static string Display(Uri url) => url.ToString().TrimEnd('/');
}
