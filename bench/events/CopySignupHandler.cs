using Agrovet.Contracts.Users;
using Agrovet.EventBus.Consuming;

namespace Agrovet.Bench.Events;

public sealed class CopySignupHandler(BenchDbContext db, EffectClock clock) : IEventHandler<UserCreated>
{
    public Task HandleAsync(UserCreated @event, EventContext context, CancellationToken cancellationToken)
    {
        db.SignupCopies.Add(new SignupCopy { EventId = context.EventId, Username = @event.Username });
        clock.Handled(db, context.EventId);
        return Task.CompletedTask;
    }
}
