using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Shading;

namespace Agrovet.Compute.Engine.Rendering;

/// <summary>A validated render: what to aggregate, how to shade it, how far to spread it.</summary>
public sealed record RenderRequest(
    string Dataset,
    AggregationQuery Aggregation,
    ShadeHow How,
    Colormap Colormap,
    IReadOnlyList<Rgb> ColorKey,
    int Spread);
