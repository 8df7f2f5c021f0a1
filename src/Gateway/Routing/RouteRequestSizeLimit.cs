using Microsoft.AspNetCore.Http.Metadata;

namespace Agrovet.Gateway.Routing;

/// <summary>
/// A route's <c>MaxRequestBodySize</c> as endpoint metadata, so the shared body-limit check (which refuses declared
/// lengths before the body is read) applies the route's limit instead of the gateway-wide one.
/// </summary>
public sealed record RouteRequestSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata
{
    /// <summary>YARP's convention: -1 lifts the limit.</summary>
    public static RouteRequestSizeLimit FromRouteSetting(long bytes) => new(bytes == -1 ? null : bytes);
}
