namespace Agrovet.Forum.Common;

/// <summary>
/// A 200 whose JSON body was serialized before (and kept by <see cref="AnonymousReads"/>): the endpoint's documented
/// answer is the <c>Ok&lt;T&gt;</c> next to it in its result union; this writes the same bytes that one would.
/// </summary>
public sealed class CachedJson(byte[] utf8Json) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => JsonContentType;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = JsonContentType;
        httpContext.Response.ContentLength = utf8Json.Length;
        return httpContext.Response.Body.WriteAsync(utf8Json, httpContext.RequestAborted).AsTask();
    }
}
