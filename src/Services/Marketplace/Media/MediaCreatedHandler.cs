using Agrovet.Contracts.Media;
using Agrovet.EventBus.Consuming;
using Agrovet.Marketplace.Data;

namespace Agrovet.Marketplace.Media;

public sealed class MediaCreatedHandler(MarketplaceDbContext db) : IEventHandler<MediaCreated>
{
    public async Task HandleAsync(MediaCreated @event, EventContext context, CancellationToken cancellationToken)
    {
        if (await db.Media.FindAsync([@event.MediaId], cancellationToken) is null)
        {
            db.Media.Add(new MediaCopy
            {
                Id = @event.MediaId,
                OwnerId = @event.OwnerId,
                ContentType = @event.ContentType.Length > 100 ? @event.ContentType[..100] : @event.ContentType,
                CreatedAt = @event.CreatedAt.UtcDateTime,
            });
        }
    }
}
