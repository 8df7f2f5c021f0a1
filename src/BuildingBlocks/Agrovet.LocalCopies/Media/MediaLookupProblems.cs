using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.LocalCopies.Media;

/// <summary>How every endpoint answers a <see cref="MediaLookupOutcome.Unavailable"/> lookup: 503 with Retry-After.</summary>
public static class MediaLookupProblems
{
    public const string RetryAfterSeconds = "5";

    /// <param name="response">Gets the Retry-After header.</param>
    /// <param name="what">What could not be checked, in the request's language, as the sentence needs it: "The avatar" / "la foto de perfil".</param>
    public static ProblemHttpResult Unavailable(HttpResponse response, string what)
    {
        response.Headers.RetryAfter = RetryAfterSeconds;
        return Problem.Unavailable(Messages.FormatMediaUnavailable(what));
    }
}
