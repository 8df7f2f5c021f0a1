using System.Net;
using System.Net.Http.Json;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.Gateway.Tests.Routing;

public sealed class RequestSizeLimitTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    private const int OneMebibyte = 1024 * 1024;

    [Fact]
    public async Task A_body_over_one_mebibyte_is_refused_with_413_problem()
    {
        using var client = StartGateway().CreatePlainClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/foro/posts/") { Content = new ByteArrayContent(new byte[OneMebibyte + 1]) };
        // Waiting for 100-continue lets the 413 arrive before the body is sent, so the refusal never races a broken pipe.
        request.Headers.ExpectContinue = true;

        using var response = await client.SendAsync(request, Ct);

        await AssertTooLarge(response);
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
    public async Task A_body_of_one_mebibyte_passes()
    {
        using var client = StartGateway().CreatePlainClient();

        using var response = await client.PostAsync("/api/foro/posts/", new StringContent(new string('a', OneMebibyte)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OneMebibyte, (await EchoOf(response)).BodyLength);
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
