using Agrovet.Contracts.Profiles;
using Agrovet.EventBus.Outbox;
using Agrovet.Profiles.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.Profiles.Profiles;

/// <summary>
/// The one place profiles are created, changed and deleted, each change saved together with its
/// <c>profile.created</c> / <c>profile.updated</c> event.
/// </summary>
public sealed class ProfileChanges(ProfilesDbContext db, TimeProvider time)
{
    /// <summary>Inserts the profile; false when the user already has one of its kind.</summary>
    public async Task<bool> CreateAsync(Profile profile, CancellationToken cancellationToken)
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
            return false;
        }

        db.Outbox().Raise(new ProfileCreated(profile.Id, profile.Kind, profile.UserId, profile.DisplayName, profile.Region, profile.Avatar), profile.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Saves the changes made to a tracked profile (nothing when none were made).</summary>
    public async Task<bool> UpdateAsync(Profile profile, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        if (db.Entry(profile).State != EntityState.Modified)
            return true;
        Touch(profile);
        RaiseUpdated(profile);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(Profile profile, CancellationToken cancellationToken)
    {
        db.Profiles.Remove(profile);
        RaiseUpdated(profile, deleted: true);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    public void Touch(Profile profile) => profile.UpdatedAt = Now();

    /// <summary>Adds <c>profile.updated</c> to the unit of work (saved by the caller, or by the event consumer).</summary>
    public void RaiseUpdated(Profile profile, bool deleted = false) =>
        db.Outbox().Raise(new ProfileUpdated(profile.Id, profile.Kind, profile.UserId, profile.DisplayName, profile.Region, profile.Avatar, deleted), profile.Id);

    // PostgreSQL keeps microseconds; trimming here makes the answer match every later read.
    public DateTime Now()
    {
        var now = time.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
