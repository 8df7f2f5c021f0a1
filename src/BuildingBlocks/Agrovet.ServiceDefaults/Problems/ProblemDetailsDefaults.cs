using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.ServiceDefaults.Problems;

internal static class ProblemDetailsDefaults
{
    public static IServiceCollection AddAgrovetProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var http = ctx.HttpContext;
            ctx.ProblemDetails.Instance ??= http.Request.Path;
            ctx.ProblemDetails.Extensions["trace_id"] = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
            if (ctx.ProblemDetails.Status == StatusCodes.Status400BadRequest && ctx.ProblemDetails.Detail is null)
            {
                // Left by a body that broke off or was framed wrong (chunked encoding, Content-Length), read by the server.
                ctx.ProblemDetails.Detail = "The request could not be read. Check how the body is framed (Content-Length or chunked encoding) and send it again.";
            }
            else if (ctx.ProblemDetails.Status == StatusCodes.Status404NotFound && ctx.ProblemDetails.Detail is null)
            {
                ctx.ProblemDetails.Detail = $"Nothing is at {http.Request.Method} {http.Request.Path}. Check the path against the API docs at /docs.";
            }
            else if (ctx.ProblemDetails.Status == StatusCodes.Status405MethodNotAllowed && ctx.ProblemDetails.Detail is null)
            {
                ctx.ProblemDetails.Detail = $"{http.Request.Method} is not allowed on {http.Request.Path}.";
            }
            else if (ctx.ProblemDetails.Status == StatusCodes.Status403Forbidden && ctx.ProblemDetails.Detail is null)
            {
                ctx.ProblemDetails.Detail = "Your account is not allowed to do this.";
            }
            else if (ctx.ProblemDetails.Status == StatusCodes.Status416RangeNotSatisfiable && ctx.ProblemDetails.Detail is null)
            {
                ctx.ProblemDetails.Detail = UnsatisfiableRange(http.Response.Headers.ContentRange.ToString());
            }
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>"bytes */1234" (the answer's Content-Range) → a sentence with the size to ask within.</summary>
    private static string UnsatisfiableRange(string contentRange)
    {
        const string Prefix = "bytes */";
        const string Fix = "Ask for a range within it, or leave out the Range header to get all of it.";
        return contentRange.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(contentRange[Prefix.Length..], out var size) && size > 0
            ? $"The requested Range lies outside the content, which has {size} bytes (0 to {size - 1}). {Fix}"
            : $"The requested Range lies outside the content. {Fix}";
    }
}
