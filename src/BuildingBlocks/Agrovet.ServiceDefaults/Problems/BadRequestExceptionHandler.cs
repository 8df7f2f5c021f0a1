using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Agrovet.ServiceDefaults.Json;
using Agrovet.ServiceDefaults.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Agrovet.ServiceDefaults.Problems;

/// <summary>
/// Turns malformed requests (bad JSON, wrong types, wrong content type, bodies over the limit, unparsable
/// route or query values) into a 4xx problem+json that says, in the request's language, what to fix ("The field
/// 'price' must be a number."), instead of a bare status, a 500 or the framework's developer text.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || context.Response.HasStarted)
        {
            return false;
        }

        var problem = Describe(bad);
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel cannot drain a body over its limit after the answer, so it closes the connection once the 413 is
            // sent. Saying so keeps a client that pools connections (the gateway's proxy) from sending its next request
            // on it in the moment before it closes: that request would fail (a 502 at the gateway) through no fault of its own.
            context.Response.Headers.Connection = "close";
        }

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
                    Title = SharedMessages.TitlePayloadTooLarge,
                    Detail = ByteLimit().Match(bad.Message) is { Success: true } limit
                        ? SharedMessages.FormatBodyTooLargeLimit(AgrovetCultures.Number(long.Parse(limit.Groups["bytes"].Value, CultureInfo.InvariantCulture)))
                        : SharedMessages.BodyTooLarge,
                };
            case StatusCodes.Status415UnsupportedMediaType:
                return new ProblemDetails
                {
                    Status = bad.StatusCode,
                    Title = SharedMessages.TitleUnsupportedMediaType,
                    Detail = SharedMessages.UnsupportedContentType,
                };
        }

        if (Find<JsonException>(bad) is { } json)
        {
            return DescribeJson(bad, json);
        }

        if (ParameterError().Match(bad.Message) is { Success: true } parameter)
        {
            var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(parameter.Groups["name"].Value);
            var message = parameter.Groups["what"].Value == "Required"
                ? SharedMessages.FormatParameterRequired(name)
                : WrongTypeMessage.For(name, parameter.Groups["type"].Value);
            return Invalid(name, message, message, SharedMessages.TitleInvalidParameter);
        }

        // Whatever else the server could not read (a body that broke off, a form that is not one): the 400 default detail.
        return new ProblemDetails { Status = bad.StatusCode };
    }

    private static HttpValidationProblemDetails DescribeJson(BadHttpRequestException bad, JsonException json)
    {
        // The outermost JSON error carries the field's path; a converter's refusal may sit under it (a converter that
        // reads a nested value wraps what it throws), and says itself, in the request's language, what is wrong.
        var field = FieldName(json.Path);
        if (Find<InvalidJsonValueException>(bad) is { } refused)
        {
            return Invalid(field ?? "body", refused.Message, SharedMessages.FormatFieldTextRefused(field ?? "body"), SharedMessages.TitleInvalidBody);
        }

        if (MissingProperties().Match(json.Message) is { Success: true } missing)
        {
            var names = missing.Groups["names"].Value.Replace("'", string.Empty, StringComparison.Ordinal);
            return Invalid("body", SharedMessages.FormatMissingFields(names), SharedMessages.FormatMissingFields(names), SharedMessages.TitleInvalidBody);
        }

        if (ConversionTarget(json) is { } type && json.InnerException?.GetType().Name != "JsonReaderException")
        {
            if (field is null)
            {
                // "[]", "42", "null" where an object was expected.
                return Invalid("body", SharedMessages.BodyMustBeObject, SharedMessages.BodyMustBeObject, SharedMessages.TitleInvalidBody);
            }

            var message = WrongTypeMessage.For(field, WrongTypeMessage.OfField(type, field));
            return Invalid(field, message, message, SharedMessages.TitleInvalidBody);
        }

        // A syntax error (the reader's own, no conversion involved), or one with no field to blame.
        return field is null || json.InnerException?.GetType().Name == "JsonReaderException"
            ? Invalid("body", SharedMessages.BodyNotJson, SharedMessages.BodyNotJsonDetail, SharedMessages.TitleInvalidBody)
            : Invalid(field, WrongTypeMessage.For(field, null), SharedMessages.FormatFieldWrongType(field), SharedMessages.TitleInvalidBody);
    }

    /// <summary>
    /// The type the value was meant for, as the innermost JSON error names it: a converter that reads a nested value
    /// (an Optional&lt;int?&gt;) wraps the serializer's error, whose message names the real type (int?).
    /// </summary>
    private static string? ConversionTarget(JsonException json)
    {
        string? type = null;
        for (Exception? current = json; current is not null; current = current.InnerException)
        {
            if (current is JsonException && WrongTypeMessage.TargetOfJsonError(current.Message) is { } named)
            {
                type = named;
            }
        }

        return type;
    }

    private static HttpValidationProblemDetails Invalid(string field, string message, string detail, string title) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = detail,
        };

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

    // The binder's: 'Failed to bind parameter "int? page" from "abc".', 'Required parameter "int id" was not provided from route.'
    [GeneratedRegex(@"^(?<what>Failed to bind|Required) parameter ""(?<type>\S+) (?<name>[^""\s]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterError();

    // The serializer's: "JSON deserialization for type 'X' was missing required properties including: 'name', 'price'."
    [GeneratedRegex(@"missing required properties,? including:? (?<names>.+?)\.?(?: Path:|$)", RegexOptions.CultureInvariant)]
    private static partial Regex MissingProperties();

    // Kestrel's "... The max request body size is 1048576 bytes." and ours "... larger than 1048576 bytes."
    [GeneratedRegex(@"(?<bytes>\d+) bytes", RegexOptions.CultureInvariant)]
    private static partial Regex ByteLimit();
}
