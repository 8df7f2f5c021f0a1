using System.Text.Json.Serialization;

namespace Agrovet.Bench.Bare;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(BareHealth))]
internal sealed partial class BareJsonContext : JsonSerializerContext;
