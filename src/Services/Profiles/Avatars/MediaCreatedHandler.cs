using Agrovet.Contracts.Media;
using Agrovet.EventBus.Consuming;
using Agrovet.Profiles.Data;

namespace Agrovet.Profiles.Avatars;

/// <summary>Remembers who owns a new file.</summary>
public sealed class MediaCreatedHandler(ProfilesDbContext db) : IEventHandler<MediaCreated>
{
    public async Task HandleAsync(MediaCreated @event, EventContext context, CancellationToken cancellationToken)
    {
        var known = await db.Media.FindAsync([@event.MediaId], cancellationToken);
        if (known is null)
        {
            db.Media.Add(new KnownMedia { Id = @event.MediaId, OwnerId = @event.OwnerId, ContentType = @event.ContentType });
            return;
        }

        if (!known.IsDeleted)
        {
            known.OwnerId = @event.OwnerId;
            known.ContentType = @event.ContentType;
        }
    }
}
