namespace Agrovet.Gateway.Security;

/// <summary>
/// Sets the browser-hardening headers (<see cref="SecurityHeaders"/>) on every answer, in front of everything else;
/// HSTS is decided again once the forwarded headers say how the request came (<see cref="SecurityExtensions.UseTransportSecurityHeader"/>).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        SecurityHeaders.Apply(context);
        return next(context);
    }
}
