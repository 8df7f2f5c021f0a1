namespace Agrovet.Compute.Engine.Generation;

/// <summary>
/// Random numbers that are a pure function of (seed, row, draw): any row can be recomputed alone, from any thread, and a
/// dataset is the same whatever the number of cores that wrote it.
/// </summary>
internal static class CounterRandom
{
    public static ulong Hash(ulong seed, ulong row, ulong draw) => Mix(seed ^ Mix(row + (draw * 0x9E3779B97F4A7C15UL)));

    /// <summary>Uniform in [0, 1).</summary>
    public static double Uniform(ulong seed, ulong row, ulong draw) => (Hash(seed, row, draw) >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal (Box-Muller on two draws).</summary>
    public static double Normal(ulong seed, ulong row, ulong draw)
    {
        var u1 = 1.0 - Uniform(seed, row, draw);
        var u2 = Uniform(seed, row, draw + 1000);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
