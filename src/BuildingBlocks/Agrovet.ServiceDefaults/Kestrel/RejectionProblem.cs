using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Agrovet.ServiceDefaults.Localization;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;

namespace Agrovet.ServiceDefaults.Kestrel;

/// <summary>Turns Kestrel's bare error answer (a head with "Content-Length: 0" and no body) into a problem+json answer.</summary>
internal static class RejectionProblem
{
    private const string ContentLengthZero = "content-length: 0";

    /// <summary>The rewritten answer, or null when <paramref name="written"/> is not a bare HTTP/1.x error head.</summary>
    public static byte[]? TryRewrite(ReadOnlySpan<byte> written, KestrelRejection rejection)
    {
        var end = written.IndexOf("\r\n\r\n"u8);
        if (!written.StartsWith("HTTP/1."u8) || end < 0 || end + 4 != written.Length)
        {
            return null;
        }

        var lines = Encoding.Latin1.GetString(written[..end]).Split("\r\n");
        if (lines[0].Length < 12 || !int.TryParse(lines[0].AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var status)
            || status < StatusCodes.Status400BadRequest
            || !lines.Skip(1).Any(l => l.Equals(ContentLengthZero, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        byte[] body;
        // The messages are read in the request's language; this runs on Kestrel's write, outside any request's culture.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = rejection.Culture;
        try
        {
            body = Body(status, rejection);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        var head = new StringBuilder();
        head.Append(lines[0]).Append("\r\n");
        foreach (var line in lines.Skip(1).Where(l => !l.StartsWith("content-length:", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append(line).Append("\r\n");
        }

        head.Append("Content-Type: application/problem+json\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Language: {rejection.Culture.Name}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n")
            .Append("\r\n");
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. body];
    }

    private static byte[] Body(int status, KestrelRejection rejection)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (TypeOf(status) is { } type)
            {
                json.WriteString("type", type);
            }

            json.WriteString("title", ProblemTitles.For(status) ?? SharedMessages.TitleBadRequest);
            json.WriteNumber("status", status);
            json.WriteString("detail", Detail(status, rejection.Reason));
            if (rejection.TraceId is { } traceId)
            {
                json.WriteString("trace_id", traceId);
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // Kestrel's reasons name the broken part but, unless its log level is Information, leave out the offending text;
    // the detail says what to fix instead.
    private static string Detail(int status, string reason) => status switch
    {
        StatusCodes.Status414UriTooLong => SharedMessages.KestrelUriTooLong,
        StatusCodes.Status431RequestHeaderFieldsTooLarge => SharedMessages.KestrelHeadersTooLarge,
        StatusCodes.Status505HttpVersionNotsupported => SharedMessages.KestrelHttpVersion,
        StatusCodes.Status408RequestTimeout => SharedMessages.KestrelTimeout,
        StatusCodes.Status413PayloadTooLarge => SharedMessages.KestrelBodyTooLarge,
        StatusCodes.Status405MethodNotAllowed => SharedMessages.KestrelMethodNotAllowed,
        _ when reason.StartsWith("Invalid request target", StringComparison.Ordinal) => SharedMessages.KestrelInvalidTarget,
        _ when reason.StartsWith("Invalid request line", StringComparison.Ordinal) || reason.StartsWith("Unrecognized HTTP version", StringComparison.Ordinal) =>
            SharedMessages.KestrelInvalidRequestLine,
        _ when reason.Contains("header", StringComparison.OrdinalIgnoreCase) && reason.Contains("Host", StringComparison.Ordinal) =>
            SharedMessages.KestrelHostHeader,
        _ when reason.Contains("header", StringComparison.OrdinalIgnoreCase) => SharedMessages.KestrelBadHeader,
        _ => SharedMessages.KestrelUnreadable,
    };

    private static string? TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        StatusCodes.Status405MethodNotAllowed => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        StatusCodes.Status408RequestTimeout => "https://tools.ietf.org/html/rfc9110#section-15.5.9",
        StatusCodes.Status413PayloadTooLarge => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        StatusCodes.Status414UriTooLong => "https://tools.ietf.org/html/rfc9110#section-15.5.15",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "https://tools.ietf.org/html/rfc6585#section-5",
        StatusCodes.Status505HttpVersionNotsupported => "https://tools.ietf.org/html/rfc9110#section-15.6.6",
        _ => null,
    };
}
