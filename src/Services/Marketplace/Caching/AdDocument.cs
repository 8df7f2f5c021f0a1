using System.ComponentModel;

namespace Agrovet.Marketplace.Caching;

/// <summary>
/// An ad detail as the UTF-8 JSON the API answers with, so a cache hit is written out without serializing.
/// Immutable, so HybridCache hands out the same instance from memory instead of a defensive copy.
/// </summary>
[ImmutableObject(true)]
public sealed class AdDocument(byte[] json)
{
    public ReadOnlyMemory<byte> Json { get; } = json;
}
