using System.Text.Json.Serialization;

namespace Agrovet.AppHost.Platform;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(PlatformSecrets))]
internal sealed partial class PlatformSecretsJsonContext : JsonSerializerContext;
