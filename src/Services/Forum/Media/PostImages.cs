using Agrovet.LocalCopies.Media;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Forum.Media;

/// <summary>A post's images must be uploads of its author, looked up in the local copy or, when new, at the media service.</summary>
public static class PostImages
{
    public const string Field = "media_ids";

    /// <summary>Adds an error per image that is not the author's; answers 503 when the media service had to be asked and did not answer.</summary>
    public static async Task<ProblemHttpResult?> CheckAsync(
        long authorId, List<Guid> mediaIds, HttpRequest http, MediaLookup media, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (mediaIds.Count == 0 || errors.Has(Field))
        {
            return null;
        }

        switch (await media.FindAsync(mediaIds, http.Headers.Authorization.ToString(), cancellationToken))
        {
            case MediaLookupOutcome.Found found:
                foreach (var id in mediaIds)
                {
                    if (!found.Files.TryGetValue(id, out var file) || file.OwnerId != authorId)
                    {
                        errors.Add(Field, Messages.FormatImageNotYours(id));
                    }
                    else if (!file.ContentType.StartsWith("image/", StringComparison.Ordinal))
                    {
                        errors.Add(Field, Messages.FormatFileNotImage(id));
                    }
                }

                return null;
            default:
                return MediaLookupProblems.Unavailable(http.HttpContext.Response, Messages.ImagesSubject);
        }
    }
}
