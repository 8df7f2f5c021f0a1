namespace Agrovet.Marketplace.Tests;

public sealed class RoutingTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Theory]
    [InlineData("GET", "/api/adds", HttpStatusCode.OK)]
    [InlineData("GET", "/api/adds/categories", HttpStatusCode.OK)]
    [InlineData("GET", "/api/regions", HttpStatusCode.OK)]
    [InlineData("POST", "/api/adds", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/adds/1", HttpStatusCode.NotFound)]
    [InlineData("PATCH", "/api/adds/1", HttpStatusCode.Unauthorized)]
    [InlineData("DELETE", "/api/adds/1", HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/api/adds/1/purchase", HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/api/adds/bulk-withdraw", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/orders", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/orders/1", HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/api/orders/1/ship", HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/api/orders/1/complete", HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/api/orders/1/cancel", HttpStatusCode.Unauthorized)]
    public async Task Every_endpoint_answers_with_and_without_the_trailing_slash(string method, string path, HttpStatusCode expected)
    {
        using var client = api.Anonymous();
        foreach (var variant in new[] { path, path + "/" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), variant);
            if (method is "POST" or "PATCH")
            {
                request.Content = JsonContent.Create(new { });
            }

            using var response = await client.SendAsync(request, Ct);
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_wrong_method_is_a_405_problem()
    {
        using var client = api.Anonymous();

        using var response = await client.PutAsJsonAsync("/api/adds/1/", new { }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task The_service_reports_ready_with_its_database_and_redis()
    {
        using var client = api.Anonymous();

        var health = await client.GetJsonAsync("/health/ready");

        Assert.Equal("marketplace", health.GetProperty("service").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_marketplace()
    {
        using var client = api.Anonymous();

        var document = await client.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/adds/{id}/purchase", paths);
        Assert.Contains("/api/orders/{id}/cancel", paths);
        Assert.Contains("/api/adds/categories", paths);
    }

    [Fact]
    public async Task A_forged_or_expired_token_is_refused()
    {
        using var client = api.Anonymous().WithBearer("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln");

        using var response = await client.GetAsync("/api/orders/", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
