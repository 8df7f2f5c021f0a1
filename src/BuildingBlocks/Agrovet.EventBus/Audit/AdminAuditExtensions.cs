using Agrovet.Contracts.Audit;
using Agrovet.EventBus.Outbox;

namespace Agrovet.EventBus.Audit;

/// <summary>
/// Records an administrator's change in the same unit of work as the change itself:
/// <c>db.Outbox().RecordAdminAction(actorId, actorUsername, "update", AuditObjectTypes.Ad, ad.Id, ad.Title, changes)</c>.
/// The auth service stores it in the append-only audit log (<c>GET /api/auth/audit/</c>).
/// </summary>
public static class AdminAuditExtensions
{
    public static OutboxMessage RecordAdminAction(
        this EventOutbox outbox,
        long actorId,
        string actorUsername,
        string action,
        string objectType,
        string objectId,
        string objectRepr,
        AuditChanges? changes = null)
    {
        var recorded = new AdminActionRecorded(
            actorId,
            actorUsername,
            action,
            objectType,
            objectId,
            objectRepr,
            (changes ?? new AuditChanges()).ToJson(),
            DateTimeOffset.UtcNow);
        return outbox.Raise(recorded, $"{objectType}:{objectId}");
    }
}
