namespace Agrovet.Compute.Engine.Generation;

/// <summary>Dataset sizes by name: 1m, 10m, 100m (or any count such as 250k, 2.5m).</summary>
public static class DatasetSize
{
    public static bool TryParse(string text, out long rows)
    {
        rows = 0;
        var trimmed = text.Trim().ToLowerInvariant();
        var multiplier = 1L;
        if (trimmed.EndsWith('k'))
        {
            multiplier = 1_000;
            trimmed = trimmed[..^1];
        }
        else if (trimmed.EndsWith('m'))
        {
            multiplier = 1_000_000;
            trimmed = trimmed[..^1];
        }
        if (!double.TryParse(trimmed, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            || !(number > 0) || number * multiplier > 1_000_000_000)
        {
            return false;
        }
        rows = (long)(number * multiplier);
        return rows > 0;
    }

    public static string Name(long rows) => rows switch
    {
        _ when rows % 1_000_000 == 0 => $"{rows / 1_000_000}m",
        _ when rows % 1_000 == 0 => $"{rows / 1_000}k",
        _ => rows.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
