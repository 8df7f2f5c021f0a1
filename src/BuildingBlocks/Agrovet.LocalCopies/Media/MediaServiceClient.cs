using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Agrovet.LocalCopies.Media;

/// <summary>
/// Asks the media service about a file, with the caller's own token (so private files of theirs are visible and
/// nobody else's are). Its HttpClient carries the standard resilience pipeline: per-attempt and total timeouts,
/// retries with backoff, and a circuit breaker; every way of not getting an answer becomes
/// <see cref="MediaServiceUnavailableException"/>.
/// </summary>
internal sealed class MediaServiceClient(HttpClient http)
{
    /// <summary>The file's metadata, or null when the media service says there is no such file (for this caller).</summary>
    public async Task<MediaMetadata?> FindAsync(Guid id, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/media/{id}/");
        if (AuthenticationHeaderValue.TryParse(authorization, out var header))
        {
            request.Headers.Authorization = header;
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new MediaServiceUnavailableException($"The media service answered {(int)response.StatusCode}.");
            }

            return await response.Content.ReadFromJsonAsync(LocalCopiesJsonContext.Default.MediaMetadata, cancellationToken)
                ?? throw new MediaServiceUnavailableException("The media service answered an empty body.");
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or JsonException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new MediaServiceUnavailableException("The media service does not answer.", e);
        }
    }
}
