using Agrovet.ServiceDefaults.Localization;
using Agrovet.ServiceDefaults.Problems;
using Agrovet.ServiceDefaults.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Agrovet.ServiceDefaults.Http;

/// <summary>
/// Refuses, before any endpoint sees them, a NUL in a query parameter or a route value and a control character in a
/// header: a 400 problem naming the parameter or header, instead of a database error (PostgreSQL cannot store NUL)
/// deep in some filter. JSON bodies get the same rule from <see cref="Json.CheckedStringJsonConverter"/>.
/// Kestrel itself already refuses NUL, CR and LF in headers and a NUL in the path; this covers what it lets through
/// and every other server (the test server included).
/// </summary>
/// <remarks>
/// It runs on every request, so a clean one costs a vectorized scan of each header value and of the raw query string
/// and allocates nothing: the query is only parsed (to name the parameter) when its raw text holds a NUL or a <c>%00</c>,
/// the only ways a decoded name or value can hold one.
/// </remarks>
public sealed class RequestTextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        ValidationErrors? errors = null;
        if (MayHoldNul(request.QueryString))
        {
            foreach (var (name, values) in request.Query)
            {
                if (TextRules.ContainsNul(name) || AnyHoldsNul(values))
                {
                    (errors ??= new()).Add(Printable(name), TextRules.NulMessage);
                }
            }
        }

        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && TextRules.ContainsNul(text))
            {
                (errors ??= new()).Add(name, TextRules.NulMessage);
            }
        }

        foreach (var (name, values) in request.Headers)
        {
            if ((TextRules.ControlInHeader(name) ?? FirstControl(values)) is { } found)
            {
                (errors ??= new()).Add(Printable(name), TextRules.HeaderControlMessage(found));
            }
        }

        return errors is null
            ? next(context)
            : errors.ToProblem(SharedMessages.ForbiddenCharactersDetail).ExecuteAsync(context);
    }

    private static bool MayHoldNul(QueryString query) =>
        query.Value is { } raw && (raw.Contains('\0', StringComparison.Ordinal) || raw.Contains("%00", StringComparison.Ordinal));

    private static bool AnyHoldsNul(StringValues values)
    {
        foreach (var value in values)
        {
            if (TextRules.ContainsNul(value))
            {
                return true;
            }
        }

        return false;
    }

    private static char? FirstControl(StringValues values)
    {
        foreach (var value in values)
        {
            if (TextRules.ControlInHeader(value) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // A name is shown back to the client as an errors key; its control characters are spelled out.
    private static string Printable(string name) =>
        TextRules.ControlInHeader(name) is null ? name : string.Concat(name.Select(c => c < ' ' || c == '\u007F' ? $"\\u{(int)c:x4}" : c.ToString()));
}
