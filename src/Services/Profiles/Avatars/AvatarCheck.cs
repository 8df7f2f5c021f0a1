using Agrovet.Profiles.Data;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Profiles.Avatars;

/// <summary>
/// An avatar must be an image that exists and belongs to the profile's owner. The local copy of media ownership
/// answers; a file it does not know yet (its <c>media.created</c> event is still on its way) is looked up at the media
/// service.
/// </summary>
public sealed class AvatarCheck(ProfilesDbContext db, MediaServiceClient media)
{
    public const string Field = "avatar";

    /// <summary>Adds an error for <see cref="Field"/> when the file will not do.</summary>
    /// <exception cref="MediaServiceUnavailableException">The file had to be looked up and the media service did not answer.</exception>
    public async Task CheckAsync(Guid mediaId, long ownerId, string? authorization, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var known = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Id == mediaId, cancellationToken);
        if (known is { IsDeleted: true })
        {
            errors.Add(Field, NoSuchFile(mediaId));
            return;
        }

        var (owner, contentType) = known is not null
            ? (known.OwnerId, known.ContentType)
            : await media.FindAsync(mediaId, authorization, cancellationToken) is { } found
                ? (found.Owner, found.ContentType)
                : (-1L, string.Empty);
        if (owner == -1)
        {
            errors.Add(Field, NoSuchFile(mediaId));
        }
        else if (owner != ownerId)
        {
            errors.Add(Field, "The avatar must be a file of the profile's owner.");
        }
        else if (!contentType.StartsWith("image/", StringComparison.Ordinal))
        {
            errors.Add(Field, "The avatar must be an image.");
        }
    }

    private static string NoSuchFile(Guid id) => $"No file has id {id}.";
}
