using System.Security.Claims;
using Agrovet.Contracts.Audit;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Admin;

/// <summary>
/// The administrator behind a change; <see cref="Of"/> is null for everyone else. An administrator's changes go to the
/// audit log, also when the object is their own (an admin who bought something and cancels the order).
/// </summary>
public sealed record AdminActor(long Id, string Username)
{
    public static AdminActor? Of(ClaimsPrincipal user) => user.IsAdmin() ? new AdminActor(user.Id(), user.Username()) : null;

    /// <summary>Adds the audit entry to <paramref name="db"/>'s unit of work: it is saved by the save that stores the change.</summary>
    public void Record(DbContext db, string action, string objectType, string objectId, string objectRepr, AuditChanges? changes = null) =>
        db.Outbox().RecordAdminAction(Id, Username, action, objectType, objectId, objectRepr, changes);
}
