using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Agrovet.Compute.Export;

/// <summary>
/// Asks the marketplace where an ad is, for ads the exporter has no copy of (sold before it started) and after an edit
/// of an ad's region or category (add.updated says what changed, not to what). Best effort: an ad that cannot be read
/// (gone, or the marketplace down) is null and its sale is kept without a place.
/// </summary>
public sealed class MarketplaceAds(HttpClient http, ILogger<MarketplaceAds> logger)
{
    public async Task<MarketplaceAd?> FindAsync(long adId, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync($"/api/adds/{adId}/", cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync(ComputeJsonContext.Default.MarketplaceAd, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(exception, "The marketplace did not say where ad {AdId} is", adId);
            return null;
        }
    }
}
