using Agrovet.LocalCopies.Media;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Marketplace.Media;

/// <summary>Photos attached to an ad must be uploads of its seller (also when an admin edits the ad).</summary>
public static class MediaOwnership
{
    public const string Field = "media_ids";

    /// <summary>Adds an error for each of <paramref name="mediaIds"/> the lookup did not find among the seller's files.</summary>
    public static void Check(long sellerId, IReadOnlyList<Guid> mediaIds, MediaLookupOutcome.Found found, ValidationErrors errors)
    {
        foreach (var id in mediaIds)
        {
            if (!found.Files.TryGetValue(id, out var file) || file.OwnerId != sellerId)
            {
                errors.Add(Field, Messages.FormatPhotoNotSellers(id));
            }
        }
    }
}
