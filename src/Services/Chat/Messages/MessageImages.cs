using Agrovet.LocalCopies.Media;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Chat.Messages;

/// <summary>Images attached to a message must be uploads of its author.</summary>
public static class MessageImages
{
    public const string Field = "media_ids";

    /// <summary>Adds an error for each image that is not the author's; returns false when the media service had to be asked and did not answer.</summary>
    public static async Task<bool> CheckAsync(
        MediaLookup media, long authorId, IReadOnlyList<Guid> mediaIds, string? authorization, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (mediaIds.Count == 0 || errors.Has(Field))
        {
            return true;
        }

        if (await media.FindAsync([.. mediaIds], authorization, cancellationToken) is not MediaLookupOutcome.Found found)
        {
            return false;
        }

        foreach (var id in mediaIds)
        {
            if (!found.Files.TryGetValue(id, out var file) || file.OwnerId != authorId)
            {
                errors.Add(Field, Texts.FormatImageNotYours(id));
            }
        }

        return true;
    }
}
