using System.Collections.Concurrent;
using System.Diagnostics;
using Agrovet.EventBus.Diagnostics;

namespace Agrovet.EventBus.Tests;

public sealed class TracingEvents(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    private const string RequestSourceName = "Agrovet.EventBus.Tests.Requests";

    [Fact]
    public async Task A_consumed_event_continues_the_trace_of_the_request_that_raised_it()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is EventBusTelemetry.Name or RequestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var requests = new ActivitySource(RequestSourceName);
        var service = await StartServiceAsync(new ServiceHostSpec("auth"));

        ActivityTraceId trace;
        ActivitySpanId requestSpan;
        using (var request = requests.StartActivity("POST /api/auth/register/", ActivityKind.Server)!)
        {
            (trace, requestSpan) = (request.TraceId, request.SpanId);
            await RegisterAsync(service, NewAccounts(1));
        }

        await Poll.UntilAsync(() => stopped.Any(a => a.TraceId == trace && a.Kind == ActivityKind.Consumer), Patience, "the consume span", Ct);
        var publish = Assert.Single(stopped, a => a.TraceId == trace && a.Kind == ActivityKind.Producer);
        var process = Assert.Single(stopped, a => a.TraceId == trace && a.Kind == ActivityKind.Consumer);
        Assert.Equal(requestSpan, publish.ParentSpanId);
        Assert.Equal(publish.SpanId, process.ParentSpanId);
        Assert.Equal("user.events process", process.DisplayName);
    }
}
