using Microsoft.Net.Http.Headers;

namespace Agrovet.Gateway.Security;

/// <summary>
/// The browser-hardening headers every answer of the gateway carries. They are set as a request comes in (no
/// response-start callback: that cost about a microsecond a request), and set again where something replaces a
/// response's headers: a proxied answer (YARP adds a service's own copies to existing values) and an error handler
/// (which clears the headers before writing its problem).
/// </summary>
public static class SecurityHeaders
{
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>Sets the headers, replacing any copy; HSTS only over HTTPS (and a service's removed otherwise).</summary>
    public static void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        ApplyTransportSecurity(context);
    }

    /// <summary>HSTS when the request came over HTTPS (directly, or as a trusted proxy says); none otherwise.</summary>
    public static void ApplyTransportSecurity(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.IsHttps)
        {
            context.Response.Headers.StrictTransportSecurity = StrictTransportSecurity;
        }
        else
        {
            context.Response.Headers.Remove(HeaderNames.StrictTransportSecurity);
        }
    }
}
