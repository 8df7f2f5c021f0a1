using System.Text.Json.Serialization;
using Agrovet.Media.Files;
using Agrovet.ServiceDefaults.Pagination;

namespace Agrovet.Media;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(MediaResponse))]
[JsonSerializable(typeof(PagedResponse<MediaResponse>))]
public sealed partial class MediaJsonContext : JsonSerializerContext;
