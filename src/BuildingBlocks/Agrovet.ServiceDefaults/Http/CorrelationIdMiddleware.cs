using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Agrovet.ServiceDefaults.Http;

/// <summary>Keeps the gateway's <c>X-Correlation-Id</c> (or makes one), echoes it, and puts it in every log line's scope.</summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";
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

        // Set as the response starts: error handlers clear headers, and a proxied response carries the upstream's copy.
        context.Response.OnStarting(static state =>
        {
            var ctx = (HttpContext)state;
            ctx.Response.Headers[HeaderName] = ctx.Request.Headers[HeaderName];
            return Task.CompletedTask;
        }, context);
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return next(context);
        }

        return WithScope(context, id);
    }

    /// <summary>One short token of id-like characters; anything else (lists, spaces, quotes) is replaced.</summary>
    public static bool IsSane(string id) =>
        id.Length is > 0 and <= MaxLength && !id.AsSpan().ContainsAnyExcept(AllowedCharacters);

    private async Task WithScope(HttpContext context, string id)
    {
        using (logger.BeginScope(new KeyValuePair<string, object>[] { new("CorrelationId", id) }))
        {
            await next(context);
        }
    }
}
