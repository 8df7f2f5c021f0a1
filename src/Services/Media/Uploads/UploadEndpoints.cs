using System.Security.Claims;
using Agrovet.Media.Files;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Media.Uploads;

public static class UploadEndpoints
{
    /// <summary>Room for the multipart framing and the text fields around the largest file.</summary>
    public const long MultipartOverhead = 64 * 1024;

    public static RouteGroupBuilder MapUploads(this RouteGroupBuilder media, MediaOptions options)
    {
        media.MapPost("/", UploadAsync)
            .RequireAuthorization()
            .WithMetadata(new UploadSizeLimit(options.LargestFile + MultipartOverhead))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadMedia")
            .WithSummary("Upload a file: multipart/form-data with 'file', optional 'purpose' (avatar, ad_photo, post_image, video, document, attachment) and 'is_public'");
        return media;
    }

    private static async Task<Results<Created<MediaResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ClaimsPrincipal user, MediaUploads uploads, CancellationToken cancellationToken)
    {
        if (MultipartUpload.BoundaryOf(request.ContentType) is not { } boundary)
        {
            return TypedResults.Problem(
                "Send the file as multipart/form-data (a 'file' part, optional 'purpose' and 'is_public').",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported content type");
        }

        return await uploads.ReceiveAsync(request.Body, boundary, user.Id(), cancellationToken) switch
        {
            UploadOutcome.Stored stored => TypedResults.Created($"{MediaServiceExtensions.RoutePrefix}/{stored.Media.Id}/", MediaResponse.From(stored.Media, request)),
            UploadOutcome.TooLarge tooLarge => TypedResults.Problem(tooLarge.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large"),
            UploadOutcome.Refused refused => Problem.Invalid(refused.Field, refused.Message),
            _ => throw new InvalidOperationException("Unknown upload outcome."),
        };
    }
}
