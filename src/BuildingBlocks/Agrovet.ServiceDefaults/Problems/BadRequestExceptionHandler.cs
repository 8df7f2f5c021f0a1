using System.Text.Json;
using Agrovet.ServiceDefaults.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.ServiceDefaults.Problems;

/// <summary>
/// Turns malformed requests (bad JSON, wrong types, wrong content type, bodies over the limit, unparsable
/// route or query values) into a 4xx problem+json that says what to fix, instead of a bare status or a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || context.Response.HasStarted)
        {
            return false;
        }

        var problem = Describe(bad);
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Describe(BadHttpRequestException bad)
    {
        switch (bad.StatusCode)
        {
            case StatusCodes.Status413PayloadTooLarge:
                return new ProblemDetails
                {
                    Status = bad.StatusCode,
                    Title = "Request body too large",
                    Detail = "The request body is larger than this endpoint accepts. Send a smaller body.",
                };
            case StatusCodes.Status415UnsupportedMediaType:
                return new ProblemDetails
                {
                    Status = bad.StatusCode,
                    Title = "Unsupported content type",
                    Detail = "Send the body as JSON with the header 'Content-Type: application/json'.",
                };
        }

        if (Find<JsonException>(bad) is { } json)
        {
            // The outermost JSON error carries the field's path; a text refusal may sit under it (a converter that
            // reads a nested value wraps what it throws), and says itself what is wrong.
            var field = FieldName(json.Path);
            if (Find<UnacceptableTextException>(bad) is { } text)
            {
                return new HttpValidationProblemDetails(new Dictionary<string, string[]>
                {
                    [field ?? "body"] = [text.Message],
                })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Invalid request body",
                    Detail = $"The field '{field ?? "body"}' holds text that cannot be accepted; see errors.",
                };
            }

            var message = field is null
                ? "The body is not valid JSON."
                : "This field has the wrong type or format.";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field ?? "body"] = [message],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Invalid request body",
                Detail = field is null
                    ? "The request body could not be read as JSON. Check quotes, commas and brackets."
                    : $"The field '{field}' has a value of the wrong type.",
            };
        }

        return new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = "Bad request",
            Detail = Clean(bad.Message),
        };
    }

    /// <summary>The outermost exception of type <typeparamref name="T"/> under <paramref name="exception"/>.</summary>
    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>"$.user.email" → "user.email"; "$" or null → null (the body as a whole).</summary>
    private static string? FieldName(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        var name = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return name.Length == 0 ? null : name;
    }

    // Binding messages name CLR types ("Failed to bind parameter "long id" from "abc"."); keep them, they say what is wrong.
    private static string Clean(string message) => message.Replace("\"", "'", StringComparison.Ordinal);
}
