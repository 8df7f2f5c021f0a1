using System.Net;
using System.Text.Json;
using Agrovet.Chat.Data;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Agrovet.Chat.Ads;

/// <summary>Asks the marketplace about one ad over internal HTTP (<c>GET /api/adds/{id}/</c>, public).</summary>
public sealed class MarketplaceClient(HttpClient http, TimeProvider time)
{
    /// <summary>The ad, or null when the marketplace has none with that id.</summary>
    public async Task<AdCopy?> FindAsync(long adId, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"/api/adds/{adId}/", UriKind.Relative), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new MarketplaceUnavailableException($"The marketplace answered {(int)response.StatusCode}.");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            var root = json.RootElement;
            return new AdCopy
            {
                Id = adId,
                Title = root.GetProperty("title").GetString() ?? string.Empty,
                Status = root.TryGetProperty("status", out var status) ? status.GetString() ?? "active" : "active",
                SellerId = root.GetProperty("seller").GetProperty("id").GetInt64(),
                // As old as can be: any event about the ad is newer than this answer's knowledge.
                EventTime = Timestamps.Trim(time.GetUtcNow().UtcDateTime.AddMinutes(-1)),
            };
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or JsonException
            or KeyNotFoundException or InvalidOperationException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new MarketplaceUnavailableException("The marketplace does not answer.", e);
        }
    }
}
