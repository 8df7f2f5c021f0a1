using Agrovet.Auth.Data;
using Agrovet.Contracts.Audit;
using Agrovet.EventBus.Consuming;

namespace Agrovet.Auth.Audit;

/// <summary>Stores every service's <c>audit.recorded</c> in the audit log, once per event.</summary>
public sealed class AdminActionRecordedHandler(AuthDbContext db, TimeProvider time) : IEventHandler<AdminActionRecorded>
{
    public async Task HandleAsync(AdminActionRecorded @event, EventContext context, CancellationToken cancellationToken)
    {
        // The inbox already drops redeliveries; this also covers an event replayed after its inbox row was trimmed.
        if (await db.AuditEntries.FindAsync([context.EventId], cancellationToken) is not null)
        {
            return;
        }

        db.AuditEntries.Add(AuditEntry.From(@event, context.EventId, context.Time, time.GetUtcNow()));
    }
}
