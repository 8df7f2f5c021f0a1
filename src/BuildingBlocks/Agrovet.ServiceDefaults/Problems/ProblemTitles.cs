using Agrovet.ServiceDefaults.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Agrovet.ServiceDefaults.Problems;

/// <summary>The title of a problem with each status, in the request's language.</summary>
public static class ProblemTitles
{
    // What the framework writes when nobody chose a title: the reason phrase, or this for a 500.
    private const string FrameworkServerErrorTitle = "An error occurred while processing your request.";

    /// <summary>The localized title for <paramref name="status"/>, or null when there is none.</summary>
    public static string? For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => SharedMessages.TitleBadRequest,
        StatusCodes.Status401Unauthorized => SharedMessages.TitleUnauthorized,
        StatusCodes.Status403Forbidden => SharedMessages.TitleForbidden,
        StatusCodes.Status404NotFound => SharedMessages.TitleNotFound,
        StatusCodes.Status405MethodNotAllowed => SharedMessages.TitleMethodNotAllowed,
        StatusCodes.Status406NotAcceptable => SharedMessages.TitleNotAcceptable,
        StatusCodes.Status408RequestTimeout => SharedMessages.TitleRequestTimeout,
        StatusCodes.Status409Conflict => SharedMessages.TitleConflict,
        StatusCodes.Status410Gone => SharedMessages.TitleGone,
        StatusCodes.Status412PreconditionFailed => SharedMessages.TitlePreconditionFailed,
        StatusCodes.Status413PayloadTooLarge => SharedMessages.TitlePayloadTooLarge,
        StatusCodes.Status414UriTooLong => SharedMessages.TitleUriTooLong,
        StatusCodes.Status415UnsupportedMediaType => SharedMessages.TitleUnsupportedMediaType,
        StatusCodes.Status416RangeNotSatisfiable => SharedMessages.TitleRangeNotSatisfiable,
        StatusCodes.Status422UnprocessableEntity => SharedMessages.TitleUnprocessableEntity,
        StatusCodes.Status429TooManyRequests => SharedMessages.TitleTooManyRequests,
        StatusCodes.Status431RequestHeaderFieldsTooLarge => SharedMessages.TitleRequestHeaderFieldsTooLarge,
        StatusCodes.Status500InternalServerError => SharedMessages.TitleInternalError,
        StatusCodes.Status502BadGateway => SharedMessages.TitleBadGateway,
        StatusCodes.Status503ServiceUnavailable => SharedMessages.TitleServiceUnavailable,
        StatusCodes.Status504GatewayTimeout => SharedMessages.TitleGatewayTimeout,
        StatusCodes.Status505HttpVersionNotsupported => SharedMessages.TitleHttpVersionNotSupported,
        _ => null,
    };

    /// <summary>Whether <paramref name="title"/> is what the framework fills in for <paramref name="status"/> (English, chosen by nobody).</summary>
    public static bool IsFrameworkDefault(int status, string? title) =>
        title is null
        || string.Equals(title, ReasonPhrases.GetReasonPhrase(status), StringComparison.OrdinalIgnoreCase)
        || (status == StatusCodes.Status500InternalServerError && string.Equals(title, FrameworkServerErrorTitle, StringComparison.Ordinal));
}
