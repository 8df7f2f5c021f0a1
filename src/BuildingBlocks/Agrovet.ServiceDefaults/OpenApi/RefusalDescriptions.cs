using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>What each refusal means to a caller, the same on every service (an endpoint's description says when it answers it).</summary>
internal static class RefusalDescriptions
{
    public static string Of(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The input is invalid: `errors` names each field and how to fix it.",
        StatusCodes.Status401Unauthorized => "No valid access token: sign in (POST /api/auth/login/) and send `Authorization: Bearer <access>`.",
        StatusCodes.Status403Forbidden => "The caller is signed in but their role or ownership does not allow this.",
        StatusCodes.Status404NotFound => "Nothing the caller may see has this id.",
        StatusCodes.Status409Conflict => "The request conflicts with the current state; `detail` says what to change.",
        StatusCodes.Status413PayloadTooLarge => "The body is larger than this endpoint accepts.",
        StatusCodes.Status415UnsupportedMediaType => "The content type is not one this endpoint accepts; `detail` lists those it does.",
        StatusCodes.Status416RangeNotSatisfiable => "The requested byte range lies outside the content.",
        StatusCodes.Status422UnprocessableEntity => "The input is well formed but cannot be carried out; `detail` says why.",
        StatusCodes.Status429TooManyRequests => "Too many attempts; `detail` and `Retry-After` say when to try again.",
        StatusCodes.Status503ServiceUnavailable => "A service this request depends on is not answering; try again shortly.",
        StatusCodes.Status507InsufficientStorage => "The file store is full; nothing of the request was kept. Try again later.",
        _ => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Refused.",
    };
}
