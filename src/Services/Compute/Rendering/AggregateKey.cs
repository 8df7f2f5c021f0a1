using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Canvas;
using Agrovet.Compute.Engine.Rendering;

namespace Agrovet.Compute.Rendering;

/// <summary>
/// Canonical text of what a view is (dataset version, canvas, reduction, columns, filters, and for an image its shading),
/// whatever order or spelling its parameters came in: the key of cached aggregates and the source of ETags.
/// </summary>
public static class AggregateKey
{
    public static string Of(string dataset, long version, AggregationQuery query)
    {
        var text = new StringBuilder(160);
        var canvas = query.Canvas;
        text.Append(CultureInfo.InvariantCulture, $"{dataset}@{version}|{canvas.Width}x{canvas.Height}|{Range(canvas.XRange)}|{Range(canvas.YRange)}|{canvas.Projection}");
        text.Append(CultureInfo.InvariantCulture, $"|{query.Reduction.Name()}|{query.XColumn}|{query.YColumn}|{query.ValueColumn}");
        var filter = query.Filters;
        if (filter.Time is { } time)
        {
            text.Append("|t=").Append(Range(time));
        }
        if (filter.Categories is { } categories)
        {
            text.Append("|c=").AppendJoin(',', categories.Order());
        }
        if (filter.Value is { } value)
        {
            text.Append("|v=").Append(Range(value));
        }
        return text.ToString();
    }

    /// <summary>A strong ETag of the image a request gives: the aggregate's key and the shading applied to it.</summary>
    public static string ETag(string aggregateKey, RenderRequest request, bool preview)
    {
        var text = $"{aggregateKey}|{request.How}|{request.Colormap.Name}|{string.Join(',', request.ColorKey)}|{request.Spread}|{(preview ? "preview" : "full")}";
        var hash = XxHash128.Hash(Encoding.UTF8.GetBytes(text));
        return $"\"{Convert.ToHexStringLower(hash)}\"";
    }

    private static string Range(Interval interval) =>
        string.Create(CultureInfo.InvariantCulture, $"{interval.Min:R},{interval.Max:R}");
}
