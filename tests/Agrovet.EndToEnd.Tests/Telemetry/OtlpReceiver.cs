using System.Collections.Concurrent;
using System.Net;
using Agrovet.LocalInfrastructure;

namespace Agrovet.EndToEnd.Tests.Telemetry;

/// <summary>
/// A real OTLP/HTTP endpoint on a free loopback port: the services export to it (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>,
/// <c>http/protobuf</c>); it keeps every span of <c>/v1/traces</c> and answers every export with 200.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();
    private readonly Task _loop;

    public OtlpReceiver()
    {
        var port = FreePort.Next();
        Endpoint = new Uri($"http://127.0.0.1:{port}");
        _listener.Prefixes.Add($"{Endpoint}");
        _listener.Start();
        _loop = Task.Run(ReceiveAsync);
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<ReceivedSpan> Spans => [.. _spans];

    /// <summary>What the services need to export here, quickly (the batch processor's default delay is 5 s).</summary>
    public IReadOnlyDictionary<string, string> ExporterEnvironment => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Endpoint.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "600000",
    };

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var body = new MemoryStream())
            {
                await context.Request.InputStream.CopyToAsync(body);
                if (context.Request.Url?.AbsolutePath == "/v1/traces")
                {
                    foreach (var span in OtlpTraceDecoder.Decode(body.ToArray()))
                    {
                        _spans.Enqueue(span);
                    }
                }
            }

            context.Response.StatusCode = (int)HttpStatusCode.OK;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.ContentLength64 = 0;
            context.Response.Close();
        }
    }
}
