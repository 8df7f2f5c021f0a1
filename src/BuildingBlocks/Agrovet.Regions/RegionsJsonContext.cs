using System.Text.Json.Serialization;

namespace Agrovet.Regions;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RegionsDocument))]
internal sealed partial class RegionsJsonContext : JsonSerializerContext;
