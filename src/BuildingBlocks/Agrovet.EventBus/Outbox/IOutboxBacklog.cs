using Agrovet.EventBus.Diagnostics;

namespace Agrovet.EventBus.Outbox;

/// <summary>Measures one database's outbox backlog (registered per context by <c>AddEventBus&lt;TContext&gt;</c>).</summary>
internal interface IOutboxBacklog
{
    Task<OutboxSample> MeasureAsync(CancellationToken cancellationToken);
}
