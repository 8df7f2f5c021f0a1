using System.Text;

namespace Agrovet.EventBus.Internal;

/// <summary>Stable 32-bit keys (FNV-1a of "topic\nsubject") for the per-subject advisory locks.</summary>
internal static class SubjectLockKeys
{
    /// <summary>First half of the two-key advisory lock ("AgVt"); its key space never meets single-bigint locks.</summary>
    public const int Namespace = 0x41675674;

    public const string NamespaceText = "1097291380";

    public static int For(string topic, string subject)
    {
        const uint offsetBasis = 2166136261;
        const uint prime = 16777619;
        var hash = offsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes($"{topic}\n{subject}"))
        {
            hash ^= b;
            hash *= prime;
        }

        return unchecked((int)hash);
    }
}
