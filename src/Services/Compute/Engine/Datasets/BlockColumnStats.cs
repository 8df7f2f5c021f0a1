using System.Runtime.InteropServices;

namespace Agrovet.Compute.Engine.Datasets;

/// <summary>
/// Bounds of one column in one block, as stored in blocks.bin (block-major, then column in manifest order; 24 bytes
/// each, little-endian). Min and Max are over the finite values; both are NaN when the block has none.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 8)]
public readonly record struct BlockColumnStats(double Min, double Max, int NonFinite, int Reserved)
{
    public const int Size = 24;

    public bool HasFinite => !double.IsNaN(Min);

    public bool Overlaps(double low, double high) => HasFinite && Max >= low && Min <= high;

    public bool Within(double low, double high) => !HasFinite || (Min >= low && Max <= high);
}
