using System.Buffers;
using Microsoft.Extensions.Caching.Hybrid;

namespace Agrovet.Marketplace.Caching;

/// <summary>The Redis (L2) form of an <see cref="AdDocument"/> is its JSON bytes as they are.</summary>
public sealed class AdDocumentSerializer : IHybridCacheSerializer<AdDocument>
{
    public AdDocument Deserialize(ReadOnlySequence<byte> source) => new(source.ToArray());

    public void Serialize(AdDocument value, IBufferWriter<byte> target) => target.Write(value.Json.Span);
}
