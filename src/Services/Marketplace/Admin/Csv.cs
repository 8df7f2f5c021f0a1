using System.Globalization;
using System.Text;

namespace Agrovet.Marketplace.Admin;

/// <summary>RFC 4180 CSV written straight to the response, for the admin lists' <c>?format=csv</c>.</summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static bool IsRequested(string? format) => string.Equals(format?.Trim(), "csv", StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync<T>(
        HttpResponse response, string fileName, IReadOnlyList<string> header, IAsyncEnumerable<T> rows, Func<T, IEnumerable<object?>> cells, CancellationToken cancellationToken)
    {
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), bufferSize: 16 * 1024);
        await writer.WriteLineAsync(Line(header));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(Line(cells(row)));
        }
    }

    private static string Line(IEnumerable<object?> cells) => string.Join(',', cells.Select(Cell));

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
            decimal amount => amount.ToString("0.00", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        // Quote what needs it; a leading = + - @ is neutralised so a spreadsheet does not run it as a formula.
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) && value is string)
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
