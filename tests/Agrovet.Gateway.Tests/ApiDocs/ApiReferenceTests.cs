using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.ApiDocs;

public sealed partial class ApiReferenceTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    [Fact]
    public async Task The_reference_page_lists_the_document_of_every_running_service_and_the_gateway()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.GetAsync("/api/docs/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var sources = Sources(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal([.. EchoUpstreams.Services, "gateway"], sources.Select(s => s.Title));
        Assert.Equal([.. EchoUpstreams.Services.Select(s => $"api/docs/{s}.json"), "openapi/v1.json"], sources.Select(s => s.Url));
    }

    [Fact]
    public async Task The_reference_is_also_at_the_path_without_a_slash()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.GetAsync("/api/docs", Ct);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/api/docs/", new Uri(new Uri(client.BaseAddress!, "/api/docs"), response.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task A_service_document_is_the_one_the_service_serves_with_the_gateway_as_its_server()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.GetAsync("/api/docs/marketplace.json", Ct);

        var document = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Agrovet marketplace API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.True(document.GetProperty("paths").TryGetProperty("/marketplace/echo/", out _));
        var server = Assert.Single(document.GetProperty("servers").EnumerateArray());
        Assert.Equal("/", server.GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_gateway_own_document_describes_the_list_of_services()
    {
        using var client = StartGateway().CreatePlainClient();

        using var named = await client.GetAsync("/api/docs/gateway.json", Ct);
        var document = await (await client.GetAsync("/openapi/v1.json", Ct)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        Assert.Equal("/openapi/v1.json", named.Headers.Location?.OriginalString);

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/platform/services", out _));
    }

    [Fact]
    public async Task A_service_that_is_down_shows_as_unavailable_and_the_others_still_show()
    {
        using var client = StartGateway(Settings().WithServiceDown("forum")).CreatePlainClient();

        using var page = await client.GetAsync("/api/docs/", Ct);
        using var forum = await client.GetAsync("/api/docs/forum.json", Ct);
        using var auth = await client.GetAsync("/api/docs/auth.json", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var sources = Sources(await page.Content.ReadAsStringAsync(Ct));
        Assert.Contains(sources, s => s is { Title: "forum (unavailable)", Url: "api/docs/unavailable/forum.json" });
        Assert.Contains(sources, s => s is { Title: "auth", Url: "api/docs/auth.json" });
        var problem = await forum.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.StartsWith("The forum service is not reachable right now", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await auth.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_page_shows_an_unavailable_service_as_an_empty_document_that_says_so()
    {
        using var client = StartGateway(Settings().WithServiceDown("chat")).CreatePlainClient();

        var stub = await (await client.GetAsync("/api/docs/unavailable/chat.json", Ct)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("Agrovet chat API (unavailable)", stub.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains("did not answer", stub.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Empty(stub.GetProperty("paths").EnumerateObject());
    }

    [Theory]
    [InlineData("/api/docs/auth", "auth", "api/docs/auth.json")]
    [InlineData("/api/docs/forum", "forum", "api/docs/unavailable/forum.json")]
    [InlineData("/api/docs/gateway", "gateway", "openapi/v1.json")]
    public async Task A_page_opened_on_one_service_shows_its_document_or_that_it_is_unavailable(string path, string title, string url)
    {
        using var client = StartGateway(Settings().WithServiceDown("forum")).CreatePlainClient();

        using var page = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([new Source(title, url)], Sources(await page.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task A_service_that_never_accepts_the_connection_is_unavailable_too()
    {
        using var frozen = new UnresponsivePort();
        using var client = StartGateway(Settings().With("MEDIA_INTERNAL_URL", frozen.Url.ToString())).CreatePlainClient();

        using var media = await client.GetAsync("/api/docs/media.json", Ct);
        using var page = await client.GetAsync("/api/docs/", Ct);

        await media.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(Sources(await page.Content.ReadAsStringAsync(Ct)), s => s.Title == "media (unavailable)");
    }

    [Fact]
    public async Task A_service_the_platform_does_not_run_is_not_listed()
    {
        using var client = StartGateway(Settings().WithoutService("chat").WithoutService("compute")).CreatePlainClient();

        using var page = await client.GetAsync("/api/docs/", Ct);

        var titles = Sources(await page.Content.ReadAsStringAsync(Ct)).Select(s => s.Title).ToList();
        Assert.Equal(["auth", "media", "profiles", "marketplace", "forum", "gateway"], titles);
    }

    [Theory]
    [InlineData("/api/docs/nothing.json")]
    [InlineData("/api/docs/unavailable/nothing.json")]
    [InlineData("/api/docs/unavailable/gateway.json")]
    public async Task A_document_of_no_service_is_404_problem(string path)
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.GetAsync(path, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("auth, media, profiles", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_runs_its_own_scripts_only_under_a_policy_that_allows_nothing_else()
    {
        using var client = StartGateway().CreatePlainClient();

        using var page = await client.GetAsync("/api/docs/", Ct);
        using var script = await client.GetAsync("/api/docs/scalar.js", Ct);

        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        var nonce = NoncePolicy().Match(policy).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain("'unsafe-inline'", policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var scripts = ScriptTag().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, tag => Assert.Contains($"nonce=\"{nonce}\"", tag.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Every_load_of_the_page_gets_a_new_nonce()
    {
        using var client = StartGateway().CreatePlainClient();

        using var first = await client.GetAsync("/api/docs/", Ct);
        using var second = await client.GetAsync("/api/docs/", Ct);

        Assert.NotEqual(first.Headers.GetValues("Content-Security-Policy"), second.Headers.GetValues("Content-Security-Policy"));
    }

    private static List<Source> Sources(string html)
    {
        var json = SourcesJson().Match(html);
        Assert.True(json.Success, $"No document list in the page: {html}");
        return JsonSerializer.Deserialize<List<Source>>(json.Groups["sources"].Value, JsonSerializerOptions.Web)!;
    }

    [GeneratedRegex("\"sources\":(?<sources>\\[[^\\]]*\\])")]
    private static partial Regex SourcesJson();

    [GeneratedRegex("script-src 'self' 'nonce-(?<nonce>[^']+)'")]
    private static partial Regex NoncePolicy();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    private sealed record Source(string Title, string Url);
}
