namespace Agrovet.Compute.Engine.Shading;

/// <summary>A count aggregate's pixels: 0 is empty.</summary>
internal readonly struct CountSource(uint[] counts) : IShadingSource
{
    public uint[] Counts => counts;

    public bool IsEmpty(int pixel) => counts[pixel] == 0;

    public double Value(int pixel) => counts[pixel];
}
