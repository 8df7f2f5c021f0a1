namespace Agrovet.Compute.Engine.Shading;

/// <summary>How aggregate values map onto the colormap, as Datashader's shade(how=...).</summary>
public enum ShadeHow
{
    Linear,

    /// <summary>log1p of the value above the minimum.</summary>
    Log,

    /// <summary>Cube root of the value above the minimum.</summary>
    Cbrt,

    /// <summary>Histogram equalization: each colour covers about as many pixels as any other.</summary>
    EqHist,
}
