using Agrovet.LocalCopies.Media;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Profiles.Avatars;

/// <summary>An avatar must be an image that exists and belongs to the profile's owner.</summary>
public static class AvatarCheck
{
    public const string Field = "avatar";

    /// <summary>Adds an error for <see cref="Field"/> when the file <paramref name="found"/> by the lookup will not do.</summary>
    public static void Check(Guid mediaId, long ownerId, MediaLookupOutcome.Found found, ValidationErrors errors)
    {
        if (!found.Files.TryGetValue(mediaId, out var file))
        {
            errors.Add(Field, Messages.FormatNoSuchFile(mediaId));
        }
        else if (file.OwnerId != ownerId)
        {
            errors.Add(Field, Messages.AvatarNotOwners);
        }
        else if (!file.IsImage)
        {
            errors.Add(Field, Messages.AvatarNotImage);
        }
    }
}
