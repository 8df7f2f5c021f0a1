using System.Buffers;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Agrovet.ServiceDefaults.Http;

/// <summary>
/// Keeps the gateway's <c>X-Correlation-Id</c> (or makes one), echoes it, and puts it in every log line's scope. The
/// echo is set as the request comes in (a response-start callback cost about a microsecond a request) and set again
/// where a response's headers get replaced (<see cref="Echo"/>: an error handler's problem, a proxied answer). The log
/// scope is the request's Activity baggage (<c>CorrelationId</c>), read only when a line is written.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";
    public const string BaggageKey = "CorrelationId";
    public const int MaxLength = 128;

    private static readonly SearchValues<char> AllowedCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:+/=");

    public Task InvokeAsync(HttpContext context)
    {
        var id = context.Request.Headers[HeaderName].ToString();
        if (!IsSane(id))
        {
            id = context.TraceIdentifier;
            context.Request.Headers[HeaderName] = id;
        }

        context.Response.Headers[HeaderName] = id;
        if (Activity.Current is { } activity)
        {
            activity.SetBaggage(BaggageKey, id);
            return next(context);
        }

        // No Activity (no tracing listener): a scope of its own, for as long as the request runs.
        return logger.IsEnabled(LogLevel.Information) ? WithScope(context, id) : next(context);
    }

    /// <summary>One short token of id-like characters; anything else (lists, spaces, quotes) is replaced.</summary>
    public static bool IsSane(string id) =>
        id.Length is > 0 and <= MaxLength && !id.AsSpan().ContainsAnyExcept(AllowedCharacters);

    /// <summary>Sets the echo again on an answer whose headers were replaced after the middleware ran.</summary>
    public static void Echo(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Request.Headers[HeaderName].ToString();
        if (IsSane(id))
        {
            context.Response.Headers[HeaderName] = id;
        }
    }

    private async Task WithScope(HttpContext context, string id)
    {
        using (logger.BeginScope(new KeyValuePair<string, object>[] { new(BaggageKey, id) }))
        {
            await next(context);
        }
    }
}
