namespace Agrovet.Compute.Engine.Shading;

/// <summary>A value aggregate's pixels (sum, mean, min, max, std): NaN is empty.</summary>
internal readonly struct ValueSource(double[] values) : IShadingSource
{
    public bool IsEmpty(int pixel) => double.IsNaN(values[pixel]);

    public double Value(int pixel) => values[pixel];
}
