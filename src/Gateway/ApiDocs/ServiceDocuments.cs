using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Agrovet.Gateway.Caching;
using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.Gateway.ApiDocs;

/// <summary>
/// Fetches each service's OpenAPI document from its internal URL and keeps it briefly (30 s; a failure 5 s, so a
/// service that comes up shows soon). The document's servers become the gateway itself ("/"): clients call the
/// services through it, at the same paths.
/// </summary>
public sealed class ServiceDocuments(IHttpClientFactory clients, InternalServiceUrls urls, TimeProvider time, ILogger<ServiceDocuments> logger)
{
    public const string HttpClientName = "service-docs";
    public const int MaxDocumentBytes = 16 * 1024 * 1024;
    /// <summary>A service that is not there fails at once; one that answers gets time to build its document (slow the first time).</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan FailureKeptFor = TimeSpan.FromSeconds(5);

    private readonly BriefCache<ServiceDocument> _cache = new(time, document => document.Available ? KeptFor : FailureKeptFor);

    public Task<ServiceDocument> GetAsync(ServiceDefinition service, CancellationToken cancellationToken) =>
        _cache.GetAsync(service.Name, () => FetchAsync(service), cancellationToken);

    private async Task<ServiceDocument> FetchAsync(ServiceDefinition service)
    {
        var url = new Uri(urls[service.Name], ApiDocsPaths.ServiceDocument);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).GetAsync(url);
            if (!response.IsSuccessStatusCode)
            {
                return Unavailable(service, $"{url} answered {(int)response.StatusCode}");
            }

            var document = JsonNode.Parse(await response.Content.ReadAsStreamAsync()) as JsonObject;
            if (document?["openapi"] is null)
            {
                return Unavailable(service, $"{url} is not an OpenAPI document");
            }

            document["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "The Agrovet gateway" });
            return new ServiceDocument(service, Encoding.UTF8.GetBytes(document.ToJsonString()), null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return Unavailable(service, $"{url} could not be read ({e.GetType().Name}: {e.Message})");
        }
    }

    private ServiceDocument Unavailable(ServiceDefinition service, string reason)
    {
        logger.LogInformation("The API reference of {Service} is unavailable: {Reason}", service.Name, reason);
        return new ServiceDocument(service, null, reason);
    }
}
