using Agrovet.Gateway.Security;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Agrovet.Gateway.WebApp;

public static class WebAppCaching
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    /// <summary>Hashed bundles are cached for a year; index.html and other files are revalidated on every use.</summary>
    public static void Apply(HttpContext context, IFileProvider files)
    {
        var path = context.Request.Path.Value ?? "";
        PrecompressedFiles.MarkEncoded(context, path);
        if (PrecompressedFiles.EncodingOf(path) is not null || PrecompressedFiles.HasCopies(files, path))
        {
            PrecompressedFiles.AddVary(context);
        }

        var headers = context.Response.Headers;
        headers.CacheControl = WebAppPaths.IsHashedAsset(context.Request.Path) ? Immutable : Revalidate;
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            headers[ContentSecurityPolicy.HeaderName] = ContentSecurityPolicy.WebApp;
        }
    }

    public static void ApplyToIndex(HttpContext context)
    {
        context.Response.Headers[HeaderNames.CacheControl] = Revalidate;
        context.Response.Headers[ContentSecurityPolicy.HeaderName] = ContentSecurityPolicy.WebApp;
    }
}
