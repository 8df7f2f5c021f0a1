using System.Net.Http.Headers;

namespace Agrovet.Marketplace.Tests.Support;

/// <summary>The calls most tests make, asserting their success.</summary>
public static class MarketplaceClient
{
    public static async Task<JsonElement> CreateAdAsync(this SignedInUser seller, params (string Field, object? Value)[] overrides)
    {
        using var response = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(overrides), Ct);
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    public static async Task<long> CreateAdIdAsync(this SignedInUser seller, params (string Field, object? Value)[] overrides) =>
        (await seller.CreateAdAsync(overrides)).GetProperty("id").GetInt64();

    public static async Task<HttpResponseMessage> PurchaseAsync(this SignedInUser buyer, long adId, object body, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AdBodies.Purchase(adId)) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        return await buyer.Client.SendAsync(request, Ct);
    }

    public static Task<HttpResponseMessage> PurchaseAsync(this SignedInUser buyer, long adId, int quantity = 1) =>
        buyer.PurchaseAsync(adId, new { quantity }, Guid.NewGuid().ToString());

    public static async Task<JsonElement> BuyAsync(this SignedInUser buyer, long adId, int quantity = 1)
    {
        using var response = await buyer.PurchaseAsync(adId, quantity);
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        return await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    public static HttpClient Anonymous(this MarketplaceApiFactory api) => api.CreateClient();

    public static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
