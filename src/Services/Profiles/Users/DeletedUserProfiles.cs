using Agrovet.LocalCopies.Users;
using Agrovet.Profiles.Data;
using Agrovet.Profiles.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Profiles.Users;

/// <summary>
/// A deleted user's profiles are deleted, each raising <c>profile.updated</c> with <c>deleted</c>. A deactivated user's
/// profiles need nothing: lists and details read the copy's visibility.
/// </summary>
public sealed class DeletedUserProfiles(ProfilesDbContext db, ProfileChanges changes) : IUserCopyReaction
{
    public async Task OnChangedAsync(UserCopyChange change, CancellationToken cancellationToken)
    {
        if (!change.BecameDeleted)
        {
            return;
        }

        var profiles = await db.Profiles.Where(p => p.UserId == change.User.Id).ToListAsync(cancellationToken);
        foreach (var profile in profiles)
        {
            db.Profiles.Remove(profile);
            changes.RaiseUpdated(profile, deleted: true);
        }
    }
}
