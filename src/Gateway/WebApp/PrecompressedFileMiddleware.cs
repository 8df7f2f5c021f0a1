using Microsoft.Extensions.FileProviders;

namespace Agrovet.Gateway.WebApp;

/// <summary>
/// Points a request for a web app file at its precompressed copy when the client accepts one; the static file
/// middleware then serves that copy (ETag, ranges, conditional requests) and <see cref="WebAppCaching"/> labels it.
/// </summary>
public sealed class PrecompressedFileMiddleware(RequestDelegate next, IFileProvider files)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.HasValue
            && !WebAppPaths.IsReserved(request.Path)
            && PrecompressedFiles.ChooseCopy(request, files, request.Path.Value!) is { } copy)
        {
            request.Path = new PathString(copy);
        }

        return next(context);
    }
}
