namespace Agrovet.Gateway.Security;

/// <summary>The policy for the web app's pages: everything from this origin only, plus WebSockets (chat, compute).</summary>
public static class ContentSecurityPolicy
{
    public const string HeaderName = "Content-Security-Policy";

    public static readonly string WebApp = Build("'self'");

    /// <summary>The same policy, also allowing one inline stylesheet by its hash (the built-in landing page).</summary>
    public static string WithInlineStyle(string sha256Base64) => Build($"'self' 'sha256-{sha256Base64}'");

    private static string Build(string styleSources) => string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        $"style-src {styleSources}",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "media-src 'self' blob:",
        "connect-src 'self' ws: wss:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
}
