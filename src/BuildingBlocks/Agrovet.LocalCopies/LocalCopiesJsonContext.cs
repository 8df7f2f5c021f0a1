using System.Text.Json.Serialization;
using Agrovet.LocalCopies.Media;

namespace Agrovet.LocalCopies;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(MediaMetadata))]
internal sealed partial class LocalCopiesJsonContext : JsonSerializerContext;
