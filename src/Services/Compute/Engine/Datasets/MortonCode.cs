using System.Runtime.Intrinsics.X86;

namespace Agrovet.Compute.Engine.Datasets;

/// <summary>32-bit Morton (Z-order) codes: 16 bits of x interleaved with 16 bits of y.</summary>
public static class MortonCode
{
    /// <summary>Rows whose coordinates are not finite sort last.</summary>
    public const uint NotFinite = uint.MaxValue;

    public static uint Encode(float x, float y, double minX, double maxX, double minY, double maxY)
    {
        if (!float.IsFinite(x) || !float.IsFinite(y))
        {
            return NotFinite;
        }
        return Interleave(Quantize(x, minX, maxX), Quantize(y, minY, maxY));
    }

    public static uint Interleave(uint x, uint y)
    {
        if (Bmi2.IsSupported)
        {
            return Bmi2.ParallelBitDeposit(x, 0x55555555u) | Bmi2.ParallelBitDeposit(y, 0xAAAAAAAAu);
        }
        return Spread(x) | (Spread(y) << 1);
    }

    private static uint Quantize(float value, double min, double max)
    {
        var span = max - min;
        if (!(span > 0))
        {
            return 0;
        }
        var scaled = (value - min) / span * 65535.0;
        return (uint)Math.Clamp(scaled, 0, 65535);
    }

    private static uint Spread(uint v)
    {
        v &= 0xFFFF;
        v = (v | (v << 8)) & 0x00FF00FF;
        v = (v | (v << 4)) & 0x0F0F0F0F;
        v = (v | (v << 2)) & 0x33333333;
        v = (v | (v << 1)) & 0x55555555;
        return v;
    }
}
