using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Agrovet.ServiceDefaults.Http;

/// <summary>
/// Refuses bodies over the service's limit before anything reads them. Kestrel enforces the same limit for
/// bodies without a length; this catches declared lengths early and under the test server too.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, long limit)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength is { } length && LimitFor(context) is { } max && length > max)
        {
            throw new BadHttpRequestException($"The request body is larger than {max} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        return next(context);
    }

    // An endpoint may raise its own limit with [RequestSizeLimit] / WithRequestSizeLimit-style metadata.
    private long? LimitFor(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        return metadata is null ? limit : metadata.MaxRequestBodySize;
    }
}
