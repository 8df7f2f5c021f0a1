using System.Net;
using System.Security.Cryptography;
using System.Text;
using Agrovet.Gateway.ApiDocs;
using Agrovet.Gateway.Security;

namespace Agrovet.Gateway.WebApp;

/// <summary>
/// What <c>/</c> shows when the web app has not been built: that the platform runs, where its health and API docs
/// are, and how to build the web app. Self-contained (no external assets), so it passes the page's own CSP.
/// </summary>
public sealed class LandingPage
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;color:#1f2d1f;line-height:1.5}
        h1{color:#2e6b2e}code{background:#eef3ee;padding:.1rem .3rem;border-radius:.2rem}
        li{margin:.2rem 0}a{color:#2e6b2e}
        """;

    public LandingPage(WebRoot webRoot)
    {
        Html = Render(webRoot);
        ContentSecurityPolicy = Security.ContentSecurityPolicy.WithInlineStyle(
            Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style))));
    }

    public string Html { get; }

    public string ContentSecurityPolicy { get; }

    public IResult Result(HttpContext context)
    {
        context.Response.Headers[Security.ContentSecurityPolicy.HeaderName] = ContentSecurityPolicy;
        context.Response.Headers.CacheControl = WebAppCaching.Revalidate;
        return TypedResults.Content(Html, "text/html; charset=utf-8");
    }

    private static string Render(WebRoot webRoot)
    {
        return $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Agrovet is running</title>
            <style>{Style}</style>
            </head>
            <body>
            <h1>Agrovet is running</h1>
            <p>The gateway is up and routes <code>/api/</code>, <code>/ws/</code> and <code>/compute/</code> to the services.
            See the state of every service at <a href="/health/">/health/</a>.</p>
            <h2>API docs</h2>
            <p>The reference of every service, in one place: <a href="{ApiDocsPaths.Page}">{ApiDocsPaths.Page}</a>.</p>
            <h2>The web app</h2>
            <p>No web app build was found (looked in <code>{WebUtility.HtmlEncode(webRoot.Searched)}</code>). Build it with
            <code>cd src/Web &amp;&amp; npm ci &amp;&amp; npm run build</code> and restart the gateway, or point
            <code>{WebRoot.Variable}</code> at a directory holding a build.</p>
            </body>
            </html>
            """;
    }
}
