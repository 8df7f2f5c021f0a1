using Agrovet.Contracts.Audit;
using Agrovet.EventBus.Outbox;

namespace Agrovet.EventBus.Audit;

/// <summary>
/// Records an administrator's change in the same unit of work as the change itself:
/// <c>db.Outbox().RecordAdminAction(actor, "update", new AuditObject(AuditObjectTypes.Ad, id, ad.Title), changes)</c>.
/// The auth service stores it in the append-only audit log (<c>GET /api/auth/audit/</c>).
/// </summary>
public static class AdminAuditExtensions
{
    public static OutboxMessage RecordAdminAction(this EventOutbox outbox, AuditActor actor, string action, AuditObject target, AuditChanges? changes = null)
    {
        var recorded = new AdminActionRecorded(
            actor.Id,
            actor.Username,
            action,
            target.Type,
            target.Id,
            target.Repr,
            (changes ?? new AuditChanges()).ToJson(),
            DateTimeOffset.UtcNow);
        return outbox.Raise(recorded, $"{target.Type}:{target.Id}");
    }
}
