namespace Agrovet.Compute.Engine.Datasets;

/// <summary>Stable LSD radix sort of 64-bit keys by their upper 32 bits (the Morton code; the lower half is the row).</summary>
internal static class RadixSort
{
    public static void SortByUpperHalf(ulong[] keys, ulong[] scratch)
    {
        var source = keys;
        var target = scratch;
        Span<long> offsets = stackalloc long[256];
        for (var shift = 32; shift < 64; shift += 8)
        {
            offsets.Clear();
            foreach (var key in source)
            {
                offsets[(int)((key >> shift) & 0xFF)]++;
            }
            long total = 0;
            for (var i = 0; i < 256; i++)
            {
                var count = offsets[i];
                offsets[i] = total;
                total += count;
            }
            foreach (var key in source)
            {
                target[offsets[(int)((key >> shift) & 0xFF)]++] = key;
            }
            (source, target) = (target, source);
        }
        // Four passes: the sorted keys are back in the first array.
    }
}
