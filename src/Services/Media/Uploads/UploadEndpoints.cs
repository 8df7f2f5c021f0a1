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
            .WithSummary("Upload a file: multipart/form-data with 'file', optional 'purpose' (avatar, ad_photo, post_image, video, document, attachment) and 'is_public'")
            .WithDescription(
                "Signed-in users. Stores the file as the caller's, checks its real type from its bytes against the purpose's "
                + "allowed types and size limit, makes a thumbnail of images, and answers 201 with its metadata and URLs. Raises "
                + "media.created, from which other services learn that the caller owns it (an avatar, an ad's photo). A file "
                + "over the purpose's limit answers 413; a body that is not multipart/form-data answers 415; a wrong type or "
                + "purpose answers 400 naming the field; a full file store answers 507 and keeps nothing of the upload.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage);
        return media;
    }

    private static async Task<Results<Created<MediaResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ClaimsPrincipal user, MediaUploads uploads, CancellationToken cancellationToken)
    {
        if (MultipartUpload.BoundaryOf(request.ContentType) is not { } boundary)
        {
            return TypedResults.Problem(
                Messages.SendAsMultipart,
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: SharedMessages.TitleUnsupportedMediaType);
        }

        return await uploads.ReceiveAsync(request.Body, boundary, user.Id(), cancellationToken) switch
        {
            UploadOutcome.Stored stored => TypedResults.Created($"{MediaServiceExtensions.RoutePrefix}/{stored.Media.Id}/", MediaResponse.From(stored.Media, request)),
            UploadOutcome.TooLarge tooLarge => TypedResults.Problem(tooLarge.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: Messages.TitleFileTooLarge),
            UploadOutcome.Refused refused => Problem.Invalid(refused.Field, refused.Message),
            UploadOutcome.StorageFull => TypedResults.Problem(Messages.StorageFull, statusCode: StatusCodes.Status507InsufficientStorage, title: Messages.TitleStorageFull),
            _ => throw new InvalidOperationException("Unknown upload outcome."),
        };
    }
}
