using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Media.Uploads;

/// <summary>An upload refused for what was sent: a field error (400) or a file over its limit (413).</summary>
public sealed class UploadRejectedException : Exception
{
    public UploadRejectedException()
        : this("body", "The upload was refused.")
    {
    }

    public UploadRejectedException(string message)
        : this("body", message)
    {
    }

    public UploadRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "body";
    }

    public UploadRejectedException(string field, string message, bool tooLarge = false)
        : base(message)
    {
        Field = field;
        TooLarge = tooLarge;
    }

    public string Field { get; }

    public bool TooLarge { get; }

    public ProblemHttpResult ToTooLargeProblem() =>
        TypedResults.Problem(Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");

    public ValidationProblem ToFieldProblem() => Problem.Invalid(Field, Message);
}
