using System.Net;
using Agrovet.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Agrovet.ServiceDefaults.Tests.Http;

/// <summary>The shared pipeline on a small app of its own: its answers echo the request's correlation id, and its log lines carry it.</summary>
public sealed class CorrelationIdTests(TestInfrastructureAssemblyFixture infrastructure) : IAsyncLifetime
{
    private readonly ScopeCapturingLoggerProvider _logs = new();
    private WebApplication? _app;
    private HttpClient? _client;

    private HttpClient Client => _client ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["ConnectionStrings:Redis"] = infrastructure.Infrastructure.RedisConnectionString;
        builder.Configuration["Logging:Console:LogLevel:Default"] = "None";
        builder.AddServiceDefaults();
        builder.Logging.AddProvider(_logs);
        _app = builder.Build();
        _app.MapDefaultEndpoints();
        _app.MapGet("/work", (ILogger<CorrelationIdTests> logger) =>
        {
            logger.LogInformation("Working on it");
            return TypedResults.NoContent();
        });
        _app.MapGet("/fail", IResult () => throw new InvalidOperationException("Broken on purpose"));
        await _app.StartAsync(Ct);
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) }.InLanguage(TestLanguage.Default);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_answer_echoes_the_correlation_id_and_the_lines_logged_meanwhile_carry_it()
    {
        using var response = await GetAsync("/work", "checkout-7f3a");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["checkout-7f3a"], response.Headers.GetValues(CorrelationIdMiddleware.HeaderName));
        var line = Assert.Single(_logs.Lines, l => l.Message == "Working on it");
        Assert.Equal("checkout-7f3a", line.Scope.GetValueOrDefault(CorrelationIdMiddleware.BaggageKey));
    }

    [Fact]
    public async Task A_request_without_a_usable_id_gets_one_made_for_it()
    {
        using var response = await GetAsync("/work", "two words");

        var echoed = Assert.Single(response.Headers.GetValues(CorrelationIdMiddleware.HeaderName));
        Assert.True(CorrelationIdMiddleware.IsSane(echoed), echoed);
        Assert.NotEqual("two words", echoed);
    }

    [Fact]
    public async Task A_failed_request_s_problem_echoes_the_correlation_id_and_its_error_line_carries_it()
    {
        using var response = await GetAsync("/fail", "refund-42");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["refund-42"], response.Headers.GetValues(CorrelationIdMiddleware.HeaderName));
        var error = Assert.Single(_logs.Lines, l => l.Level >= LogLevel.Error);
        Assert.Equal("refund-42", error.Scope.GetValueOrDefault(CorrelationIdMiddleware.BaggageKey));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string correlationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation(CorrelationIdMiddleware.HeaderName, correlationId);
        return await Client.SendAsync(request, Ct);
    }
}
