using System.Net;
using System.Net.Http.Json;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.Testing;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.Gateway.Tests.Routing;

public sealed class RequestSizeLimitTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    private const int OneMebibyte = 1024 * 1024;

    /// <summary>The forum's body limit (the catalog's, for JSON services), which the gateway applies to its routes.</summary>
    private const int ForumLimit = (int)ServiceCatalog.JsonApiBodyBytes;

    [Fact]
    public async Task A_body_over_the_services_limit_is_refused_by_the_gateway_with_413_problem()
    {
        using var client = StartGateway().CreatePlainClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/foro/posts/") { Content = new ByteArrayContent(new byte[ForumLimit + 1]) };
        // Waiting for 100-continue lets the 413 arrive before the body is sent, so the refusal never races a broken pipe.
        request.Headers.ExpectContinue = true;

        using var response = await client.SendAsync(request, Ct);

        await AssertTooLarge(response);
    }

    [Fact]
    public async Task A_refused_body_closes_its_connection_so_a_pooling_client_never_sends_the_next_request_on_it()
    {
        // The server cannot drain a body over its limit and closes the connection after the 413. Without saying so, a
        // pooling client (the gateway's proxy, in front of a service) may reuse it in that moment and fail (a 502).
        using var client = StartGateway().CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/foro/posts/") { Content = new ByteArrayContent(new byte[ForumLimit + 1]) };
        request.Headers.ExpectContinue = true;

        using var refused = await client.SendAsync(request, Ct);

        await AssertTooLarge(refused);
        Assert.True(refused.Headers.ConnectionClose, "the 413 says Connection: close");
        using var next = await client.PostAsync("/api/foro/posts/", new StringContent("{}"), Ct);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task A_streamed_body_without_a_length_is_cut_off_at_the_limit_with_413_problem()
    {
        using var client = StartGateway().CreatePlainClient();
        using var content = new StreamContent(new MemoryStream(new byte[2 * OneMebibyte]));
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/adds/") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.ExpectContinue = true;

        using var response = await client.SendAsync(request, Ct);

        await AssertTooLarge(response);
    }

    [Fact]
    public async Task A_body_at_the_services_limit_passes()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.PostAsync("/api/foro/posts/", new StringContent(new string('a', ForumLimit)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ForumLimit, (await EchoOf(response)).BodyLength);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_media_route_accepts_uploads_far_over_the_default_limit(bool streamed)
    {
        using var client = StartGateway().CreatePlainClient();
        var size = 5 * OneMebibyte;
        using var content = new StreamContent(new MemoryStream(new byte[size]));
        content.Headers.ContentLength = streamed ? null : size;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/media/") { Content = content };
        request.Headers.TransferEncodingChunked = streamed;

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("media", (await EchoOf(response)).Service);
    }

    private static async Task AssertTooLarge(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct);
        Assert.Equal(413, problem?.Status);
        Assert.Contains("larger than", problem?.Detail, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("X-Correlation-Id"));
    }
}
