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
            if (ctx.ProblemDetails.Status == StatusCodes.Status404NotFound && ctx.ProblemDetails.Detail is null)
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
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }
}
