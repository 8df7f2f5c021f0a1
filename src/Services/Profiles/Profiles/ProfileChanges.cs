using System.Globalization;
using System.Text.Json;
using Agrovet.Contracts.Audit;
using Agrovet.Contracts.Profiles;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.Profiles.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Profiles.Profiles;

/// <summary>
/// The one place profiles are created, changed and deleted, each change saved together with its
/// <c>profile.created</c> / <c>profile.updated</c> event, and an administrator's edit or deletion with its audit entry
/// (<c>audit.recorded</c>).
/// </summary>
public sealed class ProfileChanges(ProfilesDbContext db, TimeProvider time)
{
    /// <summary>Inserts the profile, unless the user already has one of its kind.</summary>
    public async Task<ProfileChangeOutcome> CreateAsync(Profile profile, CancellationToken cancellationToken)
    {
        // The id comes from the insert, so the event joins a second save inside the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Profiles.Add(profile);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ProfileConfiguration.OnePerKindIndex })
        {
            db.Entry(profile).State = EntityState.Detached;
            return new ProfileChangeOutcome.AlreadyHasOne();
        }

        db.Outbox().Raise(new ProfileCreated(profile.Id, profile.Kind, profile.UserId, profile.DisplayName, profile.Region, profile.Avatar, profile.RegionCode), profile.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProfileChangeOutcome.Saved(profile);
    }

    /// <summary>
    /// Saves the changes made to a tracked profile (nothing when none were made). <paramref name="admin"/> (null unless an
    /// administrator edits) gets the audit entry of the edit (<c>{field: [old, new]}</c>), saved with it.
    /// </summary>
    public async Task<ProfileChangeOutcome> UpdateAsync(Profile profile, AuditActor? admin, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        if (db.Entry(profile).State != EntityState.Modified)
        {
            return new ProfileChangeOutcome.Saved(profile);
        }

        if (admin is not null)
        {
            RecordAdminAction(admin, "update", profile, ChangedFields(profile));
        }

        Touch(profile);
        RaiseUpdated(profile);
        return await SaveAsync(profile, cancellationToken);
    }

    /// <summary>Deletes the profile; an administrator's deletion (<paramref name="admin"/> not null) is audited in the same save.</summary>
    public async Task<ProfileChangeOutcome> DeleteAsync(Profile profile, AuditActor? admin, CancellationToken cancellationToken)
    {
        db.Profiles.Remove(profile);
        RaiseUpdated(profile, deleted: true);
        if (admin is not null)
        {
            RecordAdminAction(admin, "delete", profile, new AuditChanges().Add<long?>("user", profile.UserId, null));
        }

        return await SaveAsync(profile, cancellationToken);
    }

    public void Touch(Profile profile) => profile.UpdatedAt = Now();

    /// <summary>Adds <c>profile.updated</c> to the unit of work (saved by the caller, or by the event consumer).</summary>
    public void RaiseUpdated(Profile profile, bool deleted = false) =>
        db.Outbox().Raise(new ProfileUpdated(profile.Id, profile.Kind, profile.UserId, profile.DisplayName, profile.Region, profile.Avatar, deleted, profile.RegionCode), profile.Id);

    /// <summary>
    /// The audit entry's <c>object_id</c> is <c>{kind}:{id}</c> with the kind as in the URL (<c>specialists:12</c>):
    /// profile ids are unique across kinds, but reading one needs its kind (<c>GET /api/profiles/{kind}/{id}/</c>),
    /// so the web builds the profile's links from the entry alone.
    /// </summary>
    public static string AuditObjectId(Profile profile) =>
        $"{ProfileKinds.All.Single(k => k.Name == profile.Kind).Path}:{profile.Id.ToString(CultureInfo.InvariantCulture)}";

    private void RecordAdminAction(AuditActor admin, string action, Profile profile, AuditChanges changes) =>
        db.Outbox().RecordAdminAction(admin, action, new AuditObject(AuditObjectTypes.Profile, AuditObjectId(profile), profile.DisplayName), changes);

    /// <summary>The edited fields as <c>{field: [old, new]}</c>, from the change tracker (JSON names are the snake_case property names).</summary>
    private AuditChanges ChangedFields(Profile profile)
    {
        var changes = new AuditChanges();
        foreach (var property in db.Entry(profile).Properties)
        {
            if (!property.IsModified || property.Metadata.Name == nameof(Profile.UpdatedAt))
            {
                continue;
            }

            var field = JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Metadata.Name);
            if (property.CurrentValue is IReadOnlyList<string> after)
            {
                changes.AddList(field, property.OriginalValue as IReadOnlyList<string> ?? [], after);
            }
            else
            {
                changes.Add(field, property.OriginalValue, property.CurrentValue);
            }
        }

        return changes;
    }

    private async Task<ProfileChangeOutcome> SaveAsync(Profile profile, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new ProfileChangeOutcome.Saved(profile);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ProfileChangeOutcome.Gone();
        }
    }

    // PostgreSQL keeps microseconds; trimming here makes the answer match every later read.
    public DateTime Now()
    {
        var now = time.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
