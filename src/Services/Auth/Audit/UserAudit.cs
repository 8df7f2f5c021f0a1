using System.Globalization;
using Agrovet.Auth.Users;
using Agrovet.Contracts.Audit;
using Agrovet.Contracts.Users;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Agrovet.Auth.Audit;

/// <summary>
/// The audit entries of an administrator's changes to accounts, raised in the unit of work of the change: "activate"
/// or "deactivate" when only the status changed, "update" for any other change (role, email, with or without the
/// status), "delete" with the account's last values, "create" (by <c>ensure-admin</c>) with its first ones. Every entry lists what changed as <c>{field: [old, new]}</c>.
/// </summary>
public static class UserAudit
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Activate = "activate";
    public const string Deactivate = "deactivate";
    public const string Delete = "delete";

    /// <summary>Raises the entry for the changes tracked on <paramref name="entry"/>; nothing when no audited field changed.</summary>
    public static void RecordUpdate(DbContext db, AuditActor actor, EntityEntry<User> entry)
    {
        var role = entry.Property(u => u.Role);
        var email = entry.Property(u => u.Email);
        var active = entry.Property(u => u.IsActive);
        var roleChanged = role.OriginalValue != role.CurrentValue;
        var emailChanged = email.OriginalValue != email.CurrentValue;
        var activeChanged = active.OriginalValue != active.CurrentValue;
        if (!roleChanged && !emailChanged && !activeChanged)
        {
            return;
        }

        var changes = new AuditChanges()
            .Add(UserFields.Role, role.OriginalValue, role.CurrentValue)
            .Add(UserFields.IsActive, active.OriginalValue, active.CurrentValue)
            .Add(UserFields.Email, email.OriginalValue, email.CurrentValue);
        var action = roleChanged || emailChanged ? Update : active.CurrentValue ? Activate : Deactivate;
        Record(db, actor, action, entry.Entity, changes);
    }

    /// <summary>Raises the entry for creating <paramref name="user"/> (saved already: it has its id): every field from null.</summary>
    public static void RecordCreate(DbContext db, AuditActor actor, User user)
    {
        var changes = new AuditChanges()
            .Add<string?>(UserFields.Username, null, user.Username)
            .Add<string?>(UserFields.Email, null, user.Email)
            .Add<string?>(UserFields.Role, null, user.Role)
            .Add<bool?>(UserFields.IsActive, null, user.IsActive);
        Record(db, actor, Create, user, changes);
    }

    /// <summary>Raises the entry for deleting <paramref name="user"/>: every field goes from its last value to null.</summary>
    public static void RecordDelete(DbContext db, AuditActor actor, User user)
    {
        var changes = new AuditChanges()
            .Add<string?>(UserFields.Username, user.Username, null)
            .Add<string?>(UserFields.Email, user.Email, null)
            .Add<string?>(UserFields.Role, user.Role, null)
            .Add<bool?>(UserFields.IsActive, user.IsActive, null);
        Record(db, actor, Delete, user, changes);
    }

    private static void Record(DbContext db, AuditActor actor, string action, User user, AuditChanges changes) =>
        db.Outbox().RecordAdminAction(actor, action, new AuditObject(AuditObjectTypes.User, user.Id.ToString(CultureInfo.InvariantCulture), user.Username), changes);
}
