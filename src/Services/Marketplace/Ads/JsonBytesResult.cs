using System.Net.Mime;

namespace Agrovet.Marketplace.Ads;

/// <summary>A 200 whose JSON body is already serialized (a cached ad detail).</summary>
public sealed class JsonBytesResult(ReadOnlyMemory<byte> json) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypeNames.Application.Json + "; charset=utf-8";
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json, httpContext.RequestAborted).AsTask();
    }
}
