using Agrovet.EventBus.Internal;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.EventBus.Outbox;

/// <summary>Raised after a commit that wrote outbox rows of <typeparamref name="TContext"/>; wakes its relay.</summary>
internal sealed class OutboxSignal<TContext> : AsyncSignal
    where TContext : DbContext;
