using Agrovet.Contracts.Media;
using Agrovet.EventBus.Consuming;
using Agrovet.Profiles.Data;
using Agrovet.Profiles.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Profiles.Avatars;

/// <summary>Marks the file gone and clears it from every profile that shows it as avatar (each raising <c>profile.updated</c>).</summary>
public sealed class MediaDeletedHandler(ProfilesDbContext db, ProfileChanges changes) : IEventHandler<MediaDeleted>
{
    public async Task HandleAsync(MediaDeleted @event, EventContext context, CancellationToken cancellationToken)
    {
        var known = await db.Media.FindAsync([@event.MediaId], cancellationToken);
        if (known is null)
        {
            db.Media.Add(new KnownMedia { Id = @event.MediaId, OwnerId = @event.OwnerId, IsDeleted = true });
        }
        else
        {
            known.IsDeleted = true;
        }

        var showing = await db.Profiles.Include(p => p.User).Where(p => p.Avatar == @event.MediaId).ToListAsync(cancellationToken);
        foreach (var profile in showing)
        {
            profile.Avatar = null;
            changes.Touch(profile);
            changes.RaiseUpdated(profile);
        }
    }
}
