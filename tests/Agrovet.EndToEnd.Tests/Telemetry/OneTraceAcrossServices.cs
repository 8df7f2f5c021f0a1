using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Agrovet.AppHost.Platform;
using Bogus;

namespace Agrovet.EndToEnd.Tests.Telemetry;

/// <summary>
/// The platform exports its spans to a real OTLP endpoint; one sign-up through the gateway raises <c>user.created</c>
/// in auth (SQL, outbox, relay), which profiles consumes: all of it is one trace.
/// </summary>
public sealed class OneTraceAcrossServices : IAsyncLifetime
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), $"agrovet-e2e-{Guid.NewGuid():N}");
    private readonly OtlpReceiver _receiver = new();
    private LocalPlatform? _platform;

    [Fact]
    public async Task A_request_that_raises_an_event_is_one_trace_in_the_gateway_the_producer_and_the_consumer()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = PlatformFixture.OptionsFor(_state, "auth", "profiles");
        var environment = new Dictionary<string, string>(options.ExtraEnvironment);
        foreach (var (key, value) in _receiver.ExporterEnvironment)
        {
            environment[key] = value;
        }

        _platform = new LocalPlatform(options with { ExtraEnvironment = environment }, new PlatformFixture.TestReporter());
        await _platform.StartAsync(ct);
        using var gateway = new HttpClient { BaseAddress = _platform.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };

        // The caller's own trace context, as a browser with tracing sends it.
        var traceId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var callerSpan = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var username = "trace_" + new Faker().Random.AlphaNumeric(10);
        using var register = new HttpRequestMessage(HttpMethod.Post, "/api/auth/register/")
        {
            Content = JsonContent.Create(new { username, email = $"{username}@example.org", password = "Correct-horse-battery-9", role = "consumer" }),
        };
        register.Headers.Add("traceparent", $"00-{traceId}-{callerSpan}-01");
        using (var response = await gateway.SendAsync(register, ct))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<ReceivedSpan> trace;
        while (true)
        {
            trace = [.. _receiver.Spans.Where(s => s.TraceId == traceId)];
            if (Complete(trace) || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(200, ct);
        }

        var seen = string.Join("\n", trace.Select(s => $"{s.Service} {s.Kind} {s.Scope} '{s.Name}'"));
        Assert.True(Complete(trace), $"Spans of trace {traceId} received so far:\n{seen}");
        Assert.Contains(trace, s => s.Service == "gateway" && s.Kind == SpanKind.Server && s.ParentSpanId == callerSpan);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_platform is not null)
        {
            await _platform.StopAsync();
        }

        await _receiver.DisposeAsync();
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    /// <summary>The gateway's request, auth's request and its SQL, auth's relay publishing the event, profiles consuming it.</summary>
    private static bool Complete(List<ReceivedSpan> trace) =>
        trace.Any(s => s.Service == "gateway" && s.Kind == SpanKind.Server)
        && trace.Any(s => s.Service == "gateway" && s.Kind == SpanKind.Client)
        && trace.Any(s => s.Service == "auth" && s.Kind == SpanKind.Server)
        && trace.Any(s => s.Service == "auth" && s.Scope == "Npgsql" && s.Kind == SpanKind.Client)
        && trace.Any(s => s.Service == "auth" && s.Kind == SpanKind.Producer)
        && trace.Any(s => s.Service == "profiles" && s.Kind == SpanKind.Consumer);
}
