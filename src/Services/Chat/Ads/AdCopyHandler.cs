using Agrovet.Chat.Data;
using Agrovet.Contracts.Marketplace;
using Agrovet.EventBus.Consuming;

namespace Agrovet.Chat.Ads;

/// <summary>Keeps <see cref="AdCopy"/> from <c>add.created</c> and <c>add.updated</c>; an older event never overwrites a newer one.</summary>
internal sealed class AdCopyHandler(ChatDbContext db) : IEventHandler<AdCreated>, IEventHandler<AdUpdated>
{
    public Task HandleAsync(AdCreated @event, EventContext context, CancellationToken cancellationToken) =>
        WriteAsync(@event.AdId, @event.SellerId, @event.Title, null, context.Time, cancellationToken);

    public Task HandleAsync(AdUpdated @event, EventContext context, CancellationToken cancellationToken) =>
        WriteAsync(@event.AdId, @event.SellerId, @event.Title, @event.Status, context.Time, cancellationToken);

    private async Task WriteAsync(long id, long sellerId, string title, string? status, DateTimeOffset eventTime, CancellationToken cancellationToken)
    {
        var time = Timestamps.Trim(eventTime.UtcDateTime);
        var ad = await db.Ads.FindAsync([id], cancellationToken);
        if (ad is null)
        {
            db.Ads.Add(new AdCopy { Id = id, SellerId = sellerId, Title = title, Status = status ?? "active", EventTime = time });
            return;
        }

        if (time < ad.EventTime)
        {
            return;
        }

        ad.SellerId = sellerId;
        ad.Title = title;
        ad.Status = status ?? ad.Status;
        ad.EventTime = time;
    }
}
