using Agrovet.ServiceDefaults.Problems;
using Agrovet.ServiceDefaults.Text;
using Microsoft.AspNetCore.Http;

namespace Agrovet.ServiceDefaults.Http;

/// <summary>
/// Refuses, before any endpoint sees them, a NUL in a query parameter or a route value and a control character in a
/// header: a 400 problem naming the parameter or header, instead of a database error (PostgreSQL cannot store NUL)
/// deep in some filter. JSON bodies get the same rule from <see cref="Json.CheckedStringJsonConverter"/>.
/// Kestrel itself already refuses NUL, CR and LF in headers and a NUL in the path; this covers what it lets through
/// and every other server (the test server included).
/// </summary>
public sealed class RequestTextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var errors = new ValidationErrors();
        foreach (var (name, values) in context.Request.Query)
        {
            var nul = TextRules.ContainsNul(name);
            foreach (var value in values)
            {
                nul |= TextRules.ContainsNul(value);
            }

            if (nul)
            {
                errors.Add(Printable(name), TextRules.NulMessage);
            }
        }

        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is string text && TextRules.ContainsNul(text))
            {
                errors.Add(name, TextRules.NulMessage);
            }
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            var control = TextRules.ControlInHeader(name);
            foreach (var value in values)
            {
                control ??= TextRules.ControlInHeader(value);
            }

            if (control is { } found)
            {
                errors.Add(Printable(name), TextRules.HeaderControlMessage(found));
            }
        }

        return errors.IsEmpty
            ? next(context)
            : errors.ToProblem("The request carries characters it may not; see errors for where.").ExecuteAsync(context);
    }

    // A name is shown back to the client as an errors key; its control characters are spelled out.
    private static string Printable(string name) =>
        TextRules.ControlInHeader(name) is null ? name : string.Concat(name.Select(c => c < ' ' || c == '\u007F' ? $"\\u{(int)c:x4}" : c.ToString()));
}
