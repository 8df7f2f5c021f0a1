using Microsoft.Extensions.FileProviders;

namespace Agrovet.Gateway.WebApp;

/// <summary>
/// Client-side routes (<c>/marketplace/42</c>) have no file: a browser asking for a page anywhere outside the API
/// gets index.html and the web app's router takes over.
/// </summary>
public sealed class SpaFallbackMiddleware(RequestDelegate next, IFileProvider files)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.GetEndpoint() is not null
            || WebAppPaths.IsReserved(request.Path)
            || !AcceptsHtml(request))
        {
            return next(context);
        }

        if (!files.GetFileInfo("index.html").Exists)
        {
            return next(context);
        }

        var served = PrecompressedFiles.ChooseCopy(request, files, "index.html") ?? "index.html";
        var index = files.GetFileInfo(served);
        PrecompressedFiles.MarkEncoded(context, served);
        if (PrecompressedFiles.HasCopies(files, "index.html"))
        {
            PrecompressedFiles.AddVary(context);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = index.Length;
        WebAppCaching.ApplyToIndex(context);
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : context.Response.SendFileAsync(index, context.RequestAborted);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
