using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Agrovet.Gateway.WebApp;

/// <summary>
/// The Brotli (<c>.br</c>) and gzip (<c>.gz</c>) copies that <c>npm run build</c> writes next to every text asset
/// (src/Web/scripts/precompress.mjs): a client that accepts one gets it, the smaller first, with no compression per
/// request.
/// </summary>
public static class PrecompressedFiles
{
    // Preference order: Brotli is the smaller of the two.
    private static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>The encoding a served copy carries, from its suffix; null for a file served as it is.</summary>
    public static string? EncodingOf(string path)
    {
        foreach (var (encoding, suffix) in Encodings)
        {
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return encoding;
            }
        }

        return null;
    }

    /// <summary>The path without its <c>.br</c>/<c>.gz</c> suffix: the file the copy stands for.</summary>
    public static string Original(string path) =>
        EncodingOf(path) is null ? path : path[..path.LastIndexOf('.')];

    /// <summary>The best copy of <paramref name="subpath"/> the request accepts, or null when none exists or none is accepted.</summary>
    public static string? ChooseCopy(HttpRequest request, IFileProvider files, string subpath)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        if (accepted.Count == 0 || EncodingOf(subpath) is not null)
        {
            return null;
        }

        foreach (var (encoding, suffix) in Encodings)
        {
            if (Accepts(accepted, encoding) && files.GetFileInfo(subpath + suffix) is { Exists: true, IsDirectory: false })
            {
                return subpath + suffix;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a variant exists at all: then the response depends on Accept-Encoding even when the plain file is sent,
    /// and caches must keep the answers apart.
    /// </summary>
    public static bool HasCopies(IFileProvider files, string subpath) =>
        Encodings.Any(e => files.GetFileInfo(subpath + e.Suffix).Exists);

    public static void MarkEncoded(HttpContext context, string servedPath)
    {
        var encoding = EncodingOf(servedPath);
        if (encoding is not null)
        {
            context.Response.Headers.ContentEncoding = encoding;
        }
    }

    public static void AddVary(HttpContext context) =>
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);

    private static bool Accepts(IList<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> accepted, string encoding)
    {
        var named = accepted.FirstOrDefault(a => string.Equals(a.Value.Value, encoding, StringComparison.OrdinalIgnoreCase));
        if (named is not null)
        {
            return named.Quality is not 0;
        }

        var any = accepted.FirstOrDefault(a => a.Value.Value == "*");
        return any is not null && any.Quality is not 0;
    }
}
