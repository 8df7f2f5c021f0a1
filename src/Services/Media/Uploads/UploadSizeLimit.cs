using Microsoft.AspNetCore.Http.Metadata;

namespace Agrovet.Media.Uploads;

/// <summary>
/// Raises the request body limit of the upload endpoint alone (routing hands it to Kestrel, and the shared body-limit
/// check reads it); every other endpoint keeps the service's default.
/// </summary>
public sealed record UploadSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
