using System.Net;
using System.Net.Http.Json;
using Agrovet.Gateway.Tests.Infrastructure;
using Agrovet.Testing;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.Gateway.Tests.Localization;

/// <summary>
/// The gateway's own problems (a service down, too many requests, nothing at a path) are written in the caller's
/// language: Spanish for <c>Accept-Language: es-*</c> and without the header, English for <c>en-*</c>; the header
/// reaches the services behind it, which answer in the same language.
/// </summary>
public sealed class AnsweringInTheCallersLanguageTests(TestInfrastructureAssemblyFixture infrastructure, EchoUpstreams upstreams)
    : GatewayTestBase(infrastructure, upstreams)
{
    [Theory]
    [InlineData("es-CO", "Servicio no disponible", "El servicio auth no está disponible en este momento. Inícielo (./agrovet up) o revise sus registros.")]
    [InlineData(null, "Servicio no disponible", "El servicio auth no está disponible en este momento. Inícielo (./agrovet up) o revise sus registros.")]
    [InlineData("en-US", "Service unavailable", "The auth service is not reachable right now. Start it (./agrovet up) or check its logs.")]
    public async Task A_service_that_is_down_is_explained_in_the_callers_language(string? acceptLanguage, string title, string detail)
    {
        using var client = StartGateway(Settings().WithServiceDown("auth")).CreatePlainClient().InLanguage(acceptLanguage);

        using var response = await client.PostAsync("/api/auth/login/", null, Cancellation);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        Assert.Equal(title, problem?.Title);
        Assert.Equal(detail, problem?.Detail);
    }

    [Theory]
    [InlineData("es", "Demasiadas solicitudes", "Demasiadas solicitudes desde su dirección (1 cada")]
    [InlineData(null, "Demasiadas solicitudes", "Demasiadas solicitudes desde su dirección (1 cada")]
    [InlineData("en", "Too many requests", "Too many requests from your address (1 per")]
    public async Task Too_many_requests_are_explained_in_the_callers_language(string? acceptLanguage, string title, string detailStart)
    {
        using var client = StartGateway(Settings().WithStrictLimit(1).WithRateLimitKeyPrefix($"lang-{Guid.NewGuid():N}")).CreatePlainClient()
            .InLanguage(acceptLanguage);
        using var first = await client.PostAsync("/api/auth/login/", null, Cancellation);

        using var refused = await client.PostAsync("/api/auth/login/", null, Cancellation);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        Assert.Equal(title, problem?.Title);
        Assert.StartsWith(detailStart, problem?.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "No encontrado", "No hay nada en GET /api/unknown/things/. Compare la ruta con la documentación de la API en /docs.")]
    [InlineData("en", "Not found", "Nothing is at GET /api/unknown/things/. Check the path against the API docs at /docs.")]
    public async Task A_path_nothing_answers_is_explained_in_the_callers_language(string acceptLanguage, string title, string detail)
    {
        using var client = StartGateway().CreatePlainClient().InLanguage(acceptLanguage);

        using var response = await client.GetAsync("/api/unknown/things/", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        Assert.Equal(title, problem?.Title);
        Assert.Equal(detail, problem?.Detail);
    }

    [Theory]
    [InlineData("es-CO", "Un encabezado de la solicitud está mal formado")]
    [InlineData("en-US", "A request header is malformed")]
    public async Task A_request_kestrel_refuses_is_explained_in_the_language_it_asked_for(string acceptLanguage, string detailStart)
    {
        var gateway = StartGateway();
        var request = System.Text.Encoding.Latin1.GetBytes(
            $"GET /health/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: {acceptLanguage}\r\nX-Probe: a\u0000b\r\nConnection: close\r\n\r\n");

        var response = await RawExchange.SendAsync(gateway.BaseAddress, request, Cancellation);

        var problem = response.ShouldBeProblem(400);
        Assert.StartsWith(detailStart, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_kestrel_refuses_before_its_headers_is_explained_in_spanish()
    {
        var gateway = StartGateway();

        var response = await RawExchange.SendAsync(gateway.BaseAddress, "NOT A REQUEST LINE\r\n\r\n"u8.ToArray(), Cancellation);

        var problem = response.ShouldBeProblem(400);
        Assert.Equal("Solicitud incorrecta", problem.GetProperty("title").GetString());
        Assert.StartsWith("La línea de solicitud está mal formada.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_language_reaches_the_service_behind_the_gateway()
    {
        using var client = StartGateway().CreatePlainClient().InLanguage("es-CO");

        using var response = await client.GetAsync("/api/foro/posts/", Cancellation);

        Assert.Equal("es-CO", (await EchoOf(response)).Header("Accept-Language"));
    }
}
