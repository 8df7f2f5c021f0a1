using Agrovet.ServiceDefaults.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Agrovet.ServiceDefaults.Problems;

/// <summary>
/// A request that failed because a dependency is away (the database restarting, Redis unreachable: see
/// <see cref="IDependencyOutage"/>) is answered 503 problem+json with <c>Retry-After</c>: the caller may try again, and
/// nothing half-done was kept (the transaction did not commit). Everything else goes on to the 500 handler.
/// </summary>
internal sealed partial class DependencyOutageExceptionHandler(
    IProblemDetailsService problems, IEnumerable<IDependencyOutage> outages, ILogger<DependencyOutageExceptionHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 1;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (context.Response.HasStarted || !IsOutage(exception))
        {
            return false;
        }

        LogOutage(logger, context.Request.Method, context.Request.Path, exception.GetBaseException().Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = SharedMessages.TitleServiceUnavailable,
                Detail = SharedMessages.DetailServiceUnavailable,
            },
        });
    }

    private bool IsOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsOutage))
            {
                return true;
            }

            foreach (var outage in outages)
            {
                if (outage.IsOutage(current))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: a dependency is unavailable ({Reason})")]
    private static partial void LogOutage(ILogger logger, string method, string path, string reason);
}
