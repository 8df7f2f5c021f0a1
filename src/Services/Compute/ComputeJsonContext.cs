using System.Text.Json.Serialization;
using Agrovet.Compute.Datasets;
using Agrovet.Compute.Export;
using Agrovet.Compute.Inspect;
using Agrovet.Compute.Streaming;

namespace Agrovet.Compute;

/// <summary>Source-generated JSON for the service's answers and WebSocket frames (snake_case through the platform's options).</summary>
[JsonSerializable(typeof(DatasetListResponse))]
[JsonSerializable(typeof(DatasetResponse))]
[JsonSerializable(typeof(InspectResponse))]
[JsonSerializable(typeof(ReadyFrame))]
[JsonSerializable(typeof(ErrorFrame))]
[JsonSerializable(typeof(ImageFrameHeader))]
[JsonSerializable(typeof(InspectFrame))]
[JsonSerializable(typeof(PongFrame))]
[JsonSerializable(typeof(ActivityRecord))]
[JsonSerializable(typeof(AdPlace))]
[JsonSerializable(typeof(MarketplaceAd))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
public sealed partial class ComputeJsonContext : JsonSerializerContext;
