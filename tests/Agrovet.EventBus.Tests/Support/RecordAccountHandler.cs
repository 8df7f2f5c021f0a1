using Agrovet.Contracts.Users;
using Agrovet.EventBus.Consuming;

namespace Agrovet.EventBus.Tests.Support;

/// <summary>
/// The handler of a service without a database: keeps a copy of every created account in a store of its own. Refuses
/// accounts whose name starts with "poison", and those starting with "flaky" on their first attempt.
/// </summary>
public sealed class RecordAccountHandler(AccountCopyStore store, HandlerProbe probe) : IEventHandler<UserCreated>
{
    public const string FlakyPrefix = "flaky";

    public async Task HandleAsync(UserCreated @event, EventContext context, CancellationToken cancellationToken)
    {
        probe.Attempted(context);
        if (@event.Username.StartsWith(CopyAccountHandler.PoisonPrefix, StringComparison.Ordinal)
            || (@event.Username.StartsWith(FlakyPrefix, StringComparison.Ordinal) && context.Attempt == 1))
        {
            throw new InvalidOperationException($"Refusing account {@event.Username} on attempt {context.Attempt}.");
        }

        await store.AddAsync(new AccountCopy { EventId = context.EventId, UserId = @event.UserId, Username = @event.Username }, cancellationToken);
    }
}
