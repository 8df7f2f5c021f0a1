using Agrovet.Contracts.Users;
using Agrovet.EventBus.Consuming;
using Agrovet.Media.Data;
using Agrovet.Media.Files;
using Agrovet.Media.Storage;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Media.Users;

/// <summary>
/// A deleted user's files go with them: rows removed and <c>media.deleted</c> raised for each (so avatars and ad
/// photos that point at them are cleared), bytes queued for the <see cref="StorageJanitor"/>.
/// </summary>
public sealed class UserDeletedHandler(MediaDbContext db, StorageJanitor janitor, TimeProvider time) : IEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted @event, EventContext context, CancellationToken cancellationToken)
    {
        var files = await db.Files.Where(f => f.OwnerId == @event.UserId).ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            db.RemoveMedia(file, time.GetUtcNow());
        }

        // Before the consumer commits: the janitor's sweep finds the rows once they are committed, at the latest on its next round.
        if (files.Count > 0)
        {
            janitor.Nudge();
        }
    }
}
