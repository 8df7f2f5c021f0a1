using Agrovet.EventBus.Transport;

namespace Agrovet.EventBus.Inbox;

/// <summary>
/// Where a consumer group remembers the events it has handled, so that a redelivered event has no second effect: the
/// database's inbox table, written in the transaction of the effect (<see cref="DbContextInbox{TContext}"/>), or, for
/// a service without a database, a key in Redis written once the handlers have succeeded (<see cref="RedisInbox"/>).
/// </summary>
internal interface IInbox
{
    /// <summary>
    /// Handles a batch (in stream order, every event one with handlers) as one unit as far as the inbox allows: null
    /// when each delivery took effect, or had already; else the failure, and which deliveries took effect before it.
    /// </summary>
    Task<BatchFailure?> HandleBatchAsync(IReadOnlyList<Delivery> batch, CancellationToken cancellationToken);

    /// <summary>Handles one delivery as attempt <paramref name="attempt"/> unless it was handled already; throws when it fails.</summary>
    Task HandleAsync(Delivery delivery, int attempt, CancellationToken cancellationToken);
}
