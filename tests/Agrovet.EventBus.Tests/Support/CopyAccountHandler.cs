using Agrovet.Contracts.Users;
using Agrovet.EventBus.Consuming;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>Keeps a copy of every created account; refuses accounts whose name starts with "poison".</summary>
public sealed class CopyAccountHandler(TestDbContext db, HandlerProbe probe) : IEventHandler<UserCreated>
{
    public const string PoisonPrefix = "poison";

    public Task HandleAsync(UserCreated @event, EventContext context, CancellationToken cancellationToken)
    {
        probe.Attempted(context);
        if (@event.Username.StartsWith(PoisonPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing poison account {@event.Username}.");
        }

        db.AccountCopies.Add(new AccountCopy { EventId = context.EventId, UserId = @event.UserId, Username = @event.Username });
        return Task.CompletedTask;
    }
}
