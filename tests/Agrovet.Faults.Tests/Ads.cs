using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Agrovet.Testing;

namespace Agrovet.Faults.Tests;

/// <summary>The marketplace as a seller uses it.</summary>
public static class Ads
{
    public static Task<HttpResponseMessage> CreateAsync(HttpClient seller, string title, CancellationToken cancellationToken) =>
        seller.PostAsJsonAsync("/api/adds/", new
        {
            title,
            description = "Novillo Angus de 18 meses, vacunado y desparasitado.",
            price = "980.00",
            currency = "USD",
            stock = 3,
            category = "livestock/cattle",
            region = "CO-COR",
            media_ids = Array.Empty<Guid>(),
        }, cancellationToken);

    /// <summary>
    /// Creates an ad, asking again while the marketplace has not yet heard of the new seller (its copy of the user
    /// arrives with the user's event), and returns its id.
    /// </summary>
    public static async Task<long> CreateWhenKnownAsync(SignedInUser seller, string title, CancellationToken cancellationToken)
    {
        long id = 0;
        await Poll.UntilAsync(
            async () =>
            {
                using var response = await CreateAsync(seller.Client, title, cancellationToken);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    return false;
                }

                id = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetInt64();
                return true;
            },
            TimeSpan.FromSeconds(60),
            "the marketplace to accept the new seller's first ad",
            cancellationToken);
        return id;
    }
}
