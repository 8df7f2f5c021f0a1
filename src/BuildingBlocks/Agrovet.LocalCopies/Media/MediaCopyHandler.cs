using Agrovet.Contracts.Media;
using Agrovet.EventBus.Consuming;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.LocalCopies.Media;

/// <summary>
/// Keeps the copy of files from <c>media.created</c> and <c>media.deleted</c> by the same rule set as users': as of
/// the event's own time, an older event changes nothing, a deleted file stays a deleted row. Each change that happened
/// goes to the service's <see cref="IMediaCopyReaction"/>s.
/// </summary>
internal sealed class MediaCopyHandler<TContext>(TContext db, IEnumerable<IMediaCopyReaction> reactions)
    : IEventHandler<MediaCreated>, IEventHandler<MediaDeleted>
    where TContext : DbContext
{
    public async Task HandleAsync(MediaCreated @event, EventContext context, CancellationToken cancellationToken)
    {
        var time = EventTimes.Of(context.Time);
        var (media, known) = await FindOrAddAsync(@event.MediaId, @event.OwnerId, time, cancellationToken);
        if (known && (media.IsDeleted || time < media.EventTime))
        {
            return;
        }

        media.OwnerId = @event.OwnerId;
        media.ContentType = @event.ContentType.Length > MediaCopy.ContentTypeMaxLength
            ? @event.ContentType[..MediaCopy.ContentTypeMaxLength]
            : @event.ContentType;
        media.EventTime = time;
        await ReactAsync(new MediaCopyChange(media, known, WasDeleted: false), cancellationToken);
    }

    public async Task HandleAsync(MediaDeleted @event, EventContext context, CancellationToken cancellationToken)
    {
        var time = EventTimes.Of(context.Time);
        var (media, known) = await FindOrAddAsync(@event.MediaId, @event.OwnerId, time, cancellationToken);
        if (known && media.IsDeleted)
        {
            return;
        }

        // A deletion wins whatever its time: a deleted file is gone for good.
        media.IsDeleted = true;
        media.EventTime = time > media.EventTime ? time : media.EventTime;
        await ReactAsync(new MediaCopyChange(media, known, WasDeleted: false), cancellationToken);
    }

    private async Task<(MediaCopy Media, bool Known)> FindOrAddAsync(Guid id, long ownerId, DateTime time, CancellationToken cancellationToken)
    {
        var files = db.Set<MediaCopy>();
        if (await files.FindAsync([id], cancellationToken) is { } known)
        {
            return (known, true);
        }

        var added = new MediaCopy { Id = id, OwnerId = ownerId, EventTime = time };
        files.Add(added);
        return (added, false);
    }

    private async Task ReactAsync(MediaCopyChange change, CancellationToken cancellationToken)
    {
        foreach (var reaction in reactions)
        {
            await reaction.OnChangedAsync(change, cancellationToken);
        }
    }
}
