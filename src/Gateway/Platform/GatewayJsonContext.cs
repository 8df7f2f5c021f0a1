using System.Text.Json.Serialization;

namespace Agrovet.Gateway.Platform;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PlatformServicesResponse))]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;
