using Agrovet.ServiceDefaults.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.ServiceDefaults.Problems;

/// <summary>Short-hands for the problem+json answers every service gives, titled in the request's language; the detail is a localized message too.</summary>
public static class Problem
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: SharedMessages.TitleNotFound);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: SharedMessages.TitleConflict);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: SharedMessages.TitleForbidden);

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: SharedMessages.TitleUnauthorized);

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: SharedMessages.TitleBadRequest);

    public static ProblemHttpResult TooManyRequests(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: SharedMessages.TitleTooManyRequests);

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: SharedMessages.TitleServiceUnavailable);

    public static ValidationProblem Invalid(string field, string message) =>
        new ValidationErrors().Add(field, message).ToProblem();
}
