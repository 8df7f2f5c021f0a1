using System.Text.Json.Serialization;
using Agrovet.ServiceDefaults.Health;

namespace Agrovet.ServiceDefaults.Json;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(HealthReportResponse))]
internal sealed partial class ServiceDefaultsJsonContext : JsonSerializerContext;
