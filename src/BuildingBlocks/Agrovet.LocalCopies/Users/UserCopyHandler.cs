using Agrovet.Contracts.Users;
using Agrovet.EventBus.Consuming;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.LocalCopies.Users;

/// <summary>
/// Keeps the copy of users from <c>user.created</c>, <c>user.updated</c> (each carries the whole new state) and
/// <c>user.deleted</c>, by one rule set: the copy is as of the event's own time; an event older than the copy changes
/// nothing (events of one user can arrive out of order, e.g. after a redelivery); a deleted user stays a deleted row
/// whatever arrives later. Each change that happened goes to the service's <see cref="IUserCopyReaction"/>s.
/// </summary>
internal sealed class UserCopyHandler<TContext>(TContext db, IEnumerable<IUserCopyReaction> reactions)
    : IEventHandler<UserCreated>, IEventHandler<UserUpdated>, IEventHandler<UserDeleted>
    where TContext : DbContext
{
    public Task HandleAsync(UserCreated @event, EventContext context, CancellationToken cancellationToken) =>
        WriteAsync(@event.UserId, @event.Username, @event.Role, @event.IsActive, context.Time, cancellationToken);

    public Task HandleAsync(UserUpdated @event, EventContext context, CancellationToken cancellationToken) =>
        WriteAsync(@event.UserId, @event.Username, @event.Role, @event.IsActive, context.Time, cancellationToken);

    public async Task HandleAsync(UserDeleted @event, EventContext context, CancellationToken cancellationToken)
    {
        var time = EventTimes.Of(context.Time);
        var (user, before) = await FindOrAddAsync(@event.UserId, time, cancellationToken);
        if (before is { IsDeleted: true })
        {
            return;
        }

        // A deletion wins whatever its time: nothing the account did before it is to be shown any more.
        user.IsDeleted = true;
        user.IsActive = false;
        user.EventTime = time > user.EventTime ? time : user.EventTime;
        await ReactAsync(new UserCopyChange(user, before), cancellationToken);
    }

    private async Task WriteAsync(long id, string username, string role, bool isActive, DateTimeOffset eventTime, CancellationToken cancellationToken)
    {
        var time = EventTimes.Of(eventTime);
        var (user, before) = await FindOrAddAsync(id, time, cancellationToken);
        if (before is not null && (before.IsDeleted || time < user.EventTime))
        {
            return;
        }

        user.Username = username;
        user.Role = role;
        user.IsActive = isActive;
        user.EventTime = time;
        await ReactAsync(new UserCopyChange(user, before), cancellationToken);
    }

    /// <summary>The tracked row and how it was (null: added now, as of <paramref name="time"/>).</summary>
    private async Task<(UserCopy User, UserCopySnapshot? Before)> FindOrAddAsync(long id, DateTime time, CancellationToken cancellationToken)
    {
        var users = db.Set<UserCopy>();
        if (await users.FindAsync([id], cancellationToken) is { } known)
        {
            return (known, UserCopySnapshot.Of(known));
        }

        var added = new UserCopy { Id = id, EventTime = time };
        users.Add(added);
        return (added, null);
    }

    private async Task ReactAsync(UserCopyChange change, CancellationToken cancellationToken)
    {
        foreach (var reaction in reactions)
        {
            await reaction.OnChangedAsync(change, cancellationToken);
        }
    }
}
