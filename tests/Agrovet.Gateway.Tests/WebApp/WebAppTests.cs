using System.Net;
using System.Net.Http.Headers;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;

namespace Agrovet.Gateway.Tests.WebApp;

public sealed class WebAppTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    private const string IndexHtml = "<!doctype html><title>Agrovet web</title><div id=\"root\"></div>";
    private const string HashedScript = "/assets/index-B4x9kQ2z.js";

    [Fact]
    public async Task The_web_app_is_served_at_the_root_with_index_html_never_cached()
    {
        using var client = StartGateway(Settings().WithWebRoot(BuildWebApp())).CreatePlainClient();

        using var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(IndexHtml, await response.Content.ReadAsStringAsync(Ct));
        Assert.True(response.Headers.CacheControl?.NoCache);
        AssertWebAppPolicy(response);
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_a_year()
    {
        using var client = StartGateway(Settings().WithWebRoot(BuildWebApp())).CreatePlainClient();

        using var response = await client.GetAsync(HashedScript, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("console.log('agrovet')", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains(response.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
    }

    [Theory]
    [InlineData("/marketplace/42")]
    [InlineData("/foro/posts/7/edit")]
    [InlineData("/login?next=/chat")]
    public async Task A_browser_opening_a_client_side_route_gets_the_web_app(string path)
    {
        using var client = StartGateway(Settings().WithWebRoot(BuildWebApp())).CreatePlainClient();

        using var response = await client.SendAsync(BrowserGet(path), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(IndexHtml, await response.Content.ReadAsStringAsync(Ct));
        Assert.True(response.Headers.CacheControl?.NoCache);
        AssertWebAppPolicy(response);
    }

    [Theory]
    [InlineData("/api/foro/posts/", HttpStatusCode.OK)]
    [InlineData("/api/unknown/", HttpStatusCode.NotFound)]
    [InlineData("/ws/elsewhere", HttpStatusCode.NotFound)]
    [InlineData("/openapi/none.json", HttpStatusCode.NotFound)]
    public async Task Api_paths_never_fall_back_to_the_web_app(string path, HttpStatusCode expected)
    {
        using var client = StartGateway(Settings().WithWebRoot(BuildWebApp())).CreatePlainClient();

        using var response = await client.SendAsync(BrowserGet(path), Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.NotEqual(IndexHtml, await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("br, gzip", "br", ".br")]
    [InlineData("gzip, deflate", "gzip", ".gz")]
    [InlineData("gzip;q=1, br;q=0", "gzip", ".gz")]
    [InlineData("*", "br", ".br")]
    public async Task A_client_that_accepts_compression_gets_the_precompressed_copy(string acceptEncoding, string encoding, string suffix)
    {
        using var client = StartGateway(Settings().WithWebRoot(BuildCompressedWebApp())).CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, HashedScript);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(CopyOf(HashedScript, suffix), await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains(response.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
    }

    [Fact]
    public async Task A_client_that_accepts_no_compression_gets_the_plain_file_marked_as_varying()
    {
        using var client = StartGateway(Settings().WithWebRoot(BuildCompressedWebApp())).CreatePlainClient();

        using var response = await client.GetAsync(HashedScript, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("console.log('agrovet')", await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/marketplace/42")]
    public async Task Index_html_is_served_precompressed_and_revalidated(string path)
    {
        using var client = StartGateway(Settings().WithWebRoot(BuildCompressedWebApp())).CreatePlainClient();
        using var request = BrowserGet(path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(CopyOf("/index.html", ".br"), await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(response.Headers.CacheControl?.NoCache);
        AssertWebAppPolicy(response);
    }

    [Fact]
    public async Task A_missing_file_that_is_not_a_page_is_404()
    {
        using var client = StartGateway(Settings().WithWebRoot(BuildWebApp())).CreatePlainClient();

        using var response = await client.GetAsync("/assets/missing-12345678.js", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_web_build_the_root_shows_a_landing_page_that_links_health_and_the_api_reference()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.SendAsync(BrowserGet("/"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Agrovet is running", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/health/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/docs\"", html, StringComparison.Ordinal);
        Assert.Contains("npm run build", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        AssertWebAppPolicy(response);
    }

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.8));
        return request;
    }

    private static void AssertWebAppPolicy(HttpResponseMessage response)
    {
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws: wss:", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    private string BuildWebApp()
    {
        var root = CreateTemporaryDirectory().FullName;
        File.WriteAllText(Path.Combine(root, "index.html"), IndexHtml);
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, HashedScript.TrimStart('/')), "console.log('agrovet')");
        return root;
    }

    /// <summary>A build with marked stand-ins for the .br/.gz copies: the test checks which copy came back, not zlib.</summary>
    private string BuildCompressedWebApp()
    {
        var root = BuildWebApp();
        foreach (var file in new[] { "/index.html", HashedScript })
        {
            foreach (var suffix in new[] { ".br", ".gz" })
            {
                File.WriteAllText(Path.Combine(root, file.TrimStart('/') + suffix), CopyOf(file, suffix));
            }
        }

        return root;
    }

    private static string CopyOf(string file, string suffix) => $"{suffix} copy of {file}";
}
