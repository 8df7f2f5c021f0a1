namespace Agrovet.Gateway.Security;

/// <summary>The policy for the web app's pages: everything from this origin only, plus WebSockets (chat, compute).</summary>
public static class ContentSecurityPolicy
{
    public const string HeaderName = "Content-Security-Policy";

    public static readonly string WebApp = Build("'self'", "'self'");

    /// <summary>The same policy, also allowing one inline stylesheet by its hash (the built-in landing page).</summary>
    public static string WithInlineStyle(string sha256Base64) => Build("'self'", $"'self' 'sha256-{sha256Base64}'");

    /// <summary>
    /// The API reference page (<c>/api/docs</c>, Scalar, served from this origin with no CDN): its scripts carry this
    /// response's nonce, and it styles its components at run time, which needs inline styles.
    /// </summary>
    public static string ApiReference(string nonce) => Build($"'self' 'nonce-{nonce}'", "'self' 'unsafe-inline'");

    private static string Build(string scriptSources, string styleSources) => string.Join("; ",
        "default-src 'self'",
        $"script-src {scriptSources}",
        $"style-src {styleSources}",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "media-src 'self' blob:",
        "connect-src 'self' ws: wss:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
}
