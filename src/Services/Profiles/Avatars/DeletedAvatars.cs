using Agrovet.LocalCopies.Media;
using Agrovet.Profiles.Data;
using Agrovet.Profiles.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Profiles.Avatars;

/// <summary>A deleted file is cleared from every profile that shows it as avatar, each raising <c>profile.updated</c>.</summary>
public sealed class DeletedAvatars(ProfilesDbContext db, ProfileChanges changes) : IMediaCopyReaction
{
    public async Task OnChangedAsync(MediaCopyChange change, CancellationToken cancellationToken)
    {
        if (!change.BecameDeleted)
        {
            return;
        }

        var showing = await db.Profiles.Include(p => p.User).Where(p => p.Avatar == change.Media.Id).ToListAsync(cancellationToken);
        foreach (var profile in showing)
        {
            profile.Avatar = null;
            changes.Touch(profile);
            changes.RaiseUpdated(profile);
        }
    }
}
