using System.Runtime.Intrinsics;

namespace Agrovet.Bench.Compute;

/// <summary>What the memory delivers to a streaming read (a sum over 1 GiB), on one and on all threads.</summary>
internal static unsafe class MemoryBandwidth
{
    private const long Bytes = 1L << 30;

    public static double ReadGigabytesPerSecond(int threads)
    {
        var data = (float*)System.Runtime.InteropServices.NativeMemory.AlignedAlloc((nuint)Bytes, 64);
        try
        {
            new Span<byte>(data, (int)Bytes).Fill(1);
            var floats = Bytes / sizeof(float);
            var timings = Timings.Measure(1, 5, () =>
            {
                Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
                {
                    var start = floats * t / threads;
                    var end = floats * (t + 1) / threads;
                    var sum = Vector256<float>.Zero;
                    for (var i = start; i + 8 <= end; i += 8)
                    {
                        sum += Vector256.Load(data + i);
                    }
                    GC.KeepAlive(sum);
                });
            });
            return Bytes / (timings.Best / 1000.0) / 1e9;
        }
        finally
        {
            System.Runtime.InteropServices.NativeMemory.AlignedFree(data);
        }
    }
}
