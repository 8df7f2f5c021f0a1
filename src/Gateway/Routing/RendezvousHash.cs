using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Agrovet.Gateway.Routing;

/// <summary>
/// Picks one of several instances for a key by rendezvous (highest random weight) hashing: every instance scores the
/// key with a hash seeded by its own address and the highest score wins. Every gateway replica picks the same
/// instance for a key without sharing any state, and when an instance leaves or joins only the keys it wins move.
/// </summary>
public static class RendezvousHash
{
    /// <summary>Longer keys are not keys (a room id is a number): callers pick any instance instead.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>The index in <paramref name="instances"/> of the one <paramref name="key"/> goes to; -1 when there is none.</summary>
    public static int Pick<T>(ReadOnlySpan<char> key, IReadOnlyList<T> instances, Func<T, string> addressOf)
    {
        var best = -1;
        var bestScore = 0UL;
        for (var i = 0; i < instances.Count; i++)
        {
            var score = Score(key, addressOf(instances[i]));
            if (best < 0 || score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    /// <summary>The key's score on one instance: XxHash3 of the key's UTF-16 bytes, seeded with that of the instance's address.</summary>
    public static ulong Score(ReadOnlySpan<char> key, string instance)
    {
        var seed = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(instance.AsSpan()));
        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(key[..Math.Min(key.Length, MaxKeyLength)]), unchecked((long)seed));
    }
}
