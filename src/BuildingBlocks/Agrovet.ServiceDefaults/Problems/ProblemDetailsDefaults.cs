using System.Diagnostics;
using Agrovet.ServiceDefaults.Http;
using Agrovet.ServiceDefaults.Localization;
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
            // An exception handler clears the headers before it writes its problem.
            CorrelationIdMiddleware.Echo(http);
            var problem = ctx.ProblemDetails;
            problem.Instance ??= http.Request.Path;
            problem.Extensions["trace_id"] = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
            if (problem.Status is not { } status)
            {
                return;
            }

            // Titles nobody chose are the framework's English reason phrases; they answer in the request's language.
            if (ProblemTitles.IsFrameworkDefault(status, problem.Title) && ProblemTitles.For(status) is { } title)
            {
                problem.Title = title;
            }

            problem.Detail ??= DefaultDetail(status, http);
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DependencyOutageExceptionHandler>();
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        services.AddSingleton<IDependencyOutage, RedisOutage>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>What an answer that carries no detail of its own says, in the request's language.</summary>
    private static string? DefaultDetail(int status, HttpContext http) => status switch
    {
        // Left by a body that broke off or was framed wrong (chunked encoding, Content-Length), read by the server.
        StatusCodes.Status400BadRequest => SharedMessages.DetailUnreadableBody,
        StatusCodes.Status401Unauthorized => SharedMessages.DetailUnauthorized,
        StatusCodes.Status403Forbidden => SharedMessages.DetailForbidden,
        StatusCodes.Status404NotFound => SharedMessages.FormatDetailNotFound(http.Request.Method, http.Request.Path),
        StatusCodes.Status405MethodNotAllowed => SharedMessages.FormatDetailMethodNotAllowed(http.Request.Method, http.Request.Path),
        StatusCodes.Status406NotAcceptable => SharedMessages.DetailNotAcceptable,
        StatusCodes.Status413PayloadTooLarge => SharedMessages.BodyTooLarge,
        StatusCodes.Status415UnsupportedMediaType => SharedMessages.UnsupportedContentType,
        StatusCodes.Status416RangeNotSatisfiable => UnsatisfiableRange(http.Response.Headers.ContentRange.ToString()),
        StatusCodes.Status429TooManyRequests => SharedMessages.DetailTooManyRequests,
        StatusCodes.Status500InternalServerError => SharedMessages.DetailInternalError,
        StatusCodes.Status503ServiceUnavailable => SharedMessages.DetailServiceUnavailable,
        _ => null,
    };

    /// <summary>"bytes */1234" (the answer's Content-Range) → a sentence with the size to ask within.</summary>
    private static string UnsatisfiableRange(string contentRange)
    {
        const string Prefix = "bytes */";
        return contentRange.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(contentRange[Prefix.Length..], out var size) && size > 0
            ? SharedMessages.FormatDetailRangeOutsideSized(size, size - 1)
            : SharedMessages.DetailRangeOutside;
    }
}
