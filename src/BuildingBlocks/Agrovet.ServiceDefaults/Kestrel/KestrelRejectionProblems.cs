using System.Collections.Concurrent;
using System.Diagnostics;
using Agrovet.ServiceDefaults.Localization;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Agrovet.ServiceDefaults.Kestrel;

/// <summary>
/// Makes the requests Kestrel refuses before any middleware runs (a malformed request line, a NUL in a header or an
/// encoded %00 in the path, headers or a URL over the limits) answer problem+json like everything else, instead of
/// Kestrel's empty 400/414/431.
/// </summary>
/// <remarks>
/// Kestrel (through .NET 10) has no hook for these answers: it writes them itself after the request failed to parse.
/// What it does offer is the diagnostic event <c>Microsoft.AspNetCore.Server.Kestrel.BadRequest</c>, raised the
/// moment it refuses a request and before it writes the answer, carrying the request's features (connection id, the
/// exception). So a connection middleware wraps each connection's output (as Kestrel's own TLS middleware does), the
/// event tells the wrapper of that connection to hold the next answer, and the wrapper swaps it for a problem+json one
/// only when it is exactly Kestrel's bare error head. Everything else passes through byte for byte, and the event is
/// the only trigger, so no parsing of normal traffic is involved.
/// </remarks>
internal sealed class KestrelRejectionProblems : IObserver<KeyValuePair<string, object?>>, IDisposable
{
    public const string BadRequestEvent = "Microsoft.AspNetCore.Server.Kestrel.BadRequest";

    private readonly ConcurrentDictionary<string, RejectionHoldingPipeWriter> _connections = new(StringComparer.Ordinal);
    private readonly IDisposable _subscription;

    public KestrelRejectionProblems(DiagnosticListener listener)
    {
        _subscription = listener.Subscribe(this, name => string.Equals(name, BadRequestEvent, StringComparison.Ordinal));
    }

    /// <summary>The connection middleware: <c>listenOptions.Use(problems.Wrap)</c>.</summary>
    public ConnectionDelegate Wrap(ConnectionDelegate next) => async connection =>
    {
        var transport = connection.Transport;
        var output = new RejectionHoldingPipeWriter(transport.Output);
        connection.Transport = new DuplexPipe(transport.Input, output);
        _connections[connection.ConnectionId] = output;
        try
        {
            await next(connection);
        }
        finally
        {
            _connections.TryRemove(connection.ConnectionId, out _);
            connection.Transport = transport;
        }
    };

    public void OnNext(KeyValuePair<string, object?> value)
    {
        // Raised synchronously by Kestrel as it refuses the request; the listener also passes on other subscribers' events.
        if (!string.Equals(value.Key, BadRequestEvent, StringComparison.Ordinal)
            || value.Value is not IFeatureCollection features
            || features.Get<IHttpResponseFeature>() is { HasStarted: true }
            // An answer to HEAD has no body (known when Kestrel read the request line before refusing the request).
            || HttpMethods.IsHead(features.Get<IHttpRequestFeature>()?.Method ?? string.Empty)
            || features.Get<IBadRequestExceptionFeature>()?.Error is not BadHttpRequestException refused
            || features.Get<IHttpConnectionFeature>()?.ConnectionId is not { } connectionId
            || !_connections.TryGetValue(connectionId, out var output))
        {
            return;
        }

        // No HttpContext and no request localization here: the headers Kestrel parsed before refusing, if it got to them.
        var language = AgrovetCultures.FromAcceptLanguage(features.Get<IHttpRequestFeature>()?.Headers.AcceptLanguage.ToString());
        output.Hold(new KestrelRejection(refused.StatusCode, refused.Message, features.Get<IHttpRequestIdentifierFeature>()?.TraceIdentifier, language));
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose() => _subscription.Dispose();
}
