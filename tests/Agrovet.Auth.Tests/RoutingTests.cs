namespace Agrovet.Auth.Tests;

public sealed class RoutingTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Theory]
    [InlineData("POST", "/api/auth/register", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/auth/login", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/auth/token/refresh", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/auth/token/verify", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/auth/logout", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/auth/me", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/auth/users", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/api/auth/users/1", HttpStatusCode.Unauthorized)]
    public async Task Every_endpoint_answers_with_and_without_the_trailing_slash(string method, string path, HttpStatusCode expected)
    {
        using var client = api.CreateClient();
        foreach (var variant in new[] { path, path + "/" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), variant);
            if (method == "POST")
            {
                request.Content = JsonContent.Create(new { });
            }

            using var response = await client.SendAsync(request, Ct);
            await response.ShouldBeProblemAsync(expected);
        }
    }

    [Fact]
    public async Task The_JWKS_answers_at_its_well_known_path()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/api/auth/.well-known/jwks.json", Ct);
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_service_reports_ready_with_its_database_and_redis()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/health/ready", Ct);
        var health = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("auth", health.GetProperty("service").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_auth_endpoints()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json", Ct);
        var document = await response.ShouldBeAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/auth/login", paths);
        Assert.Contains("/api/auth/users/{id}", paths);
        Assert.Contains("/api/auth/.well-known/jwks.json", paths);
    }
}
