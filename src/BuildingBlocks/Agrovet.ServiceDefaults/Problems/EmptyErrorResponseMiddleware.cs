using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.ServiceDefaults.Problems;

/// <summary>
/// Gives every error answer that would leave with an empty body a problem+json body instead. It replaces
/// UseStatusCodePages, which skips answers that already set a Content-Length or a Content-Type: a file result's 416
/// (Range Not Satisfiable) comes with "Content-Length: 0" and the file's type. Headers already set (Content-Range,
/// Allow, WWW-Authenticate, Retry-After) stay.
/// </summary>
public sealed class EmptyErrorResponseMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public Task InvokeAsync(HttpContext context)
    {
        // Most requests finish synchronously with a body or a success: no state machine for them.
        var pending = next(context);
        return pending.IsCompletedSuccessfully && !LeftEmpty(context) ? Task.CompletedTask : AnswerAsync(pending, context);
    }

    private static bool LeftEmpty(HttpContext context)
    {
        var response = context.Response;
        return response.StatusCode >= StatusCodes.Status400BadRequest
            && !response.HasStarted
            && response.ContentLength is not > 0
            && !context.RequestAborted.IsCancellationRequested;
    }

    private async Task AnswerAsync(Task pending, HttpContext context)
    {
        await pending;
        if (!LeftEmpty(context))
        {
            return;
        }

        // Nothing was written (a write starts the response), so whatever type or length was set describes no body.
        var response = context.Response;
        response.ContentLength = null;
        response.ContentType = null;
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = response.StatusCode },
        });
    }
}
