using System.IO.Hashing;
using System.Text;

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

    public static ulong Score(ReadOnlySpan<char> key, string instance)
    {
        Span<byte> bytes = stackalloc byte[MaxKeyLength * 3];
        var length = Encoding.UTF8.GetBytes(key[..Math.Min(key.Length, MaxKeyLength)], bytes);
        var seed = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(instance));
        return XxHash3.HashToUInt64(bytes[..length], unchecked((long)seed));
    }
}
