using Agrovet.ServiceDefaults.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Agrovet.ServiceDefaults.Http;

/// <summary>
/// Refuses a JSON body declared in a charset other than UTF-8 with a 415 problem, before an endpoint reads it: JSON is
/// UTF-8 (RFC 8259), and the framework's body reader throws on a charset it does not know ("ebcdic-xx"), which reached
/// clients as a 500. Bodies of other media types are left to their endpoints.
/// </summary>
public sealed class JsonCharsetMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (contentType is null
            || !MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !IsJson(parsed)
            || parsed.Charset is not { Length: > 0 } charset
            || IsUtf8(charset.Value!))
        {
            return next(context);
        }

        return TypedResults.Problem(
            SharedMessages.JsonCharsetNotUtf8,
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: SharedMessages.TitleUnsupportedMediaType).ExecuteAsync(context);
    }

    private static bool IsJson(MediaTypeHeaderValue type) =>
        type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);

    private static bool IsUtf8(string charset)
    {
        var name = charset.Trim('"');
        return name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase) || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase);
    }
}
