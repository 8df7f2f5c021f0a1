using Agrovet.Media.Files;
using Microsoft.Net.Http.Headers;

namespace Agrovet.Media.Content;

/// <summary>The headers that come with a file's bytes.</summary>
public static class ContentHeaders
{
    public const string PublicCaching = "public, max-age=31536000, immutable";
    public const string PrivateCaching = "private";

    public static void Apply(HttpResponse response, MediaFile media)
    {
        var headers = response.Headers;
        // An id's bytes never change, so public files may be cached for good; private ones only by the user's own browser.
        headers.CacheControl = media.IsPublic ? PublicCaching : PrivateCaching;
        if (!media.IsPublic)
        {
            headers.Vary = HeaderNames.Authorization;
        }

        headers.ContentDisposition = InlineDisposition(media.OriginalName);
        // User content: never let a browser guess another type, nor run it as a page of ours.
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
    }

    /// <summary>
    /// <c>inline; filename="ascii fallback"; filename*=UTF-8''percent-encoded</c> (RFC 6266): any name, with quotes,
    /// non-ASCII letters or whatever else, comes out as a header that cannot be broken out of.
    /// </summary>
    public static string InlineDisposition(string fileName)
    {
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(fileName);
        return disposition.ToString();
    }
}
