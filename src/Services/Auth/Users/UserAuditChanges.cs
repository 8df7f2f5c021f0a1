using System.Globalization;
using Agrovet.Contracts.Audit;
using Agrovet.Contracts.Users;
using Agrovet.EventBus.Audit;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Agrovet.Auth.Users;

/// <summary>
/// What an administrator's change to an account puts in the audit log: "activate" or "deactivate" when only the
/// status changed, "update" for any other change (role, email, with or without the status), "delete" with the
/// account's last values, "create" (by <c>ensure-admin</c>) with its first ones. Every entry lists what changed as
/// <c>{field: [old, new]}</c>.
/// </summary>
public static class UserAuditChanges
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Activate = "activate";
    public const string Deactivate = "deactivate";
    public const string Delete = "delete";

    public static AuditObject Of(User user) => new(AuditObjectTypes.User, user.Id.ToString(CultureInfo.InvariantCulture), user.Username);

    /// <summary>The action and changes of the edit tracked on <paramref name="entry"/>; null when no audited field changed.</summary>
    public static (string Action, AuditChanges Changes)? OfUpdate(EntityEntry<User> entry)
    {
        var role = entry.Property(u => u.Role);
        var email = entry.Property(u => u.Email);
        var active = entry.Property(u => u.IsActive);
        var roleChanged = role.OriginalValue != role.CurrentValue;
        var emailChanged = email.OriginalValue != email.CurrentValue;
        var activeChanged = active.OriginalValue != active.CurrentValue;
        if (!roleChanged && !emailChanged && !activeChanged)
        {
            return null;
        }

        var changes = new AuditChanges()
            .Add(UserFields.Role, role.OriginalValue, role.CurrentValue)
            .Add(UserFields.IsActive, active.OriginalValue, active.CurrentValue)
            .Add(UserFields.Email, email.OriginalValue, email.CurrentValue);
        return (roleChanged || emailChanged ? Update : active.CurrentValue ? Activate : Deactivate, changes);
    }

    /// <summary>Creating <paramref name="user"/> (saved already: it has its id): every field from null.</summary>
    public static AuditChanges OfCreate(User user) => new AuditChanges()
        .Add<string?>(UserFields.Username, null, user.Username)
        .Add<string?>(UserFields.Email, null, user.Email)
        .Add<string?>(UserFields.Role, null, user.Role)
        .Add<bool?>(UserFields.IsActive, null, user.IsActive);

    /// <summary>Deleting <paramref name="user"/>: every field goes from its last value to null.</summary>
    public static AuditChanges OfDelete(User user) => new AuditChanges()
        .Add<string?>(UserFields.Username, user.Username, null)
        .Add<string?>(UserFields.Email, user.Email, null)
        .Add<string?>(UserFields.Role, user.Role, null)
        .Add<bool?>(UserFields.IsActive, user.IsActive, null);
}
