using Agrovet.Auth.Data;
using Agrovet.Auth.Tokens;
using Agrovet.Contracts.Users;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Auth.Users;

/// <summary>
/// The one place where accounts are created, changed and deleted. Each change is written by a single
/// <c>SaveChanges</c>, which is where its <c>user.created</c> / <c>user.updated</c> / <c>user.deleted</c> event joins
/// the same transaction, together with its audit entry when an administrator made it; what the change implies
/// follows: the cached row is dropped and, when a user loses access, changes role or password, or is deleted, their
/// sessions end everywhere.
/// </summary>
public sealed class UserChanges(AuthDbContext db, UserCache cache, SessionRevocation sessions, TimeProvider time)
{
    /// <summary>Adds a field error for a username or email another account already has (null skips that check).</summary>
    public async Task FindTakenAsync(string? username, string? email, long? exceptUserId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var normalizedUsername = username is null ? null : User.Normalize(username);
        var normalizedEmail = email is null ? null : User.Normalize(email);
        var except = exceptUserId ?? 0;
        var taken = await db.Users.AsNoTracking()
            .Where(u => u.Id != except && (u.NormalizedUsername == normalizedUsername || u.NormalizedEmail == normalizedEmail))
            .Select(u => new { u.NormalizedUsername, u.NormalizedEmail })
            .ToListAsync(cancellationToken);
        if (taken.Any(u => u.NormalizedUsername == normalizedUsername))
        {
            errors.Add("username", AccountConflicts.UsernameTaken);
        }

        if (taken.Any(u => u.NormalizedEmail == normalizedEmail))
        {
            errors.Add("email", AccountConflicts.EmailTaken);
        }
    }

    /// <summary>
    /// Inserts the user, unless the username or email was taken meanwhile. A <paramref name="creator"/> other than the
    /// user themselves is recorded in the audit log.
    /// </summary>
    public async Task<UserChangeOutcome> CreateAsync(User user, AuditActor? creator, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        // The id is assigned by the insert, so the event joins a second save inside the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (AccountConflicts.TryDescribe(e, errors))
        {
            db.Entry(user).State = EntityState.Detached;
            return new UserChangeOutcome.Taken(errors);
        }

        db.Outbox().Raise(
            new UserCreated(user.Id, user.Username, user.Email, user.Role, user.IsActive, new DateTimeOffset(user.DateJoined, TimeSpan.Zero)),
            user.Id);
        if (creator is not null)
        {
            db.Outbox().RecordAdminAction(creator, UserAuditChanges.Create, UserAuditChanges.Of(user), UserAuditChanges.OfCreate(user));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new UserChangeOutcome.Saved(user);
    }

    /// <summary>
    /// Saves the changes made to a tracked user; <paramref name="admin"/> (an administrator, or an operator's command;
    /// null: not audited) is recorded in the audit log as the one who made them.
    /// </summary>
    public async Task<UserChangeOutcome> UpdateAsync(User user, AuditActor? admin, CancellationToken cancellationToken)
    {
        var entry = db.Entry(user);
        if (entry.State != EntityState.Modified)
        {
            return new UserChangeOutcome.Saved(user);
        }

        var errors = new ValidationErrors();
        if (entry.Property(u => u.NormalizedEmail).IsModified)
        {
            await FindTakenAsync(null, user.Email, user.Id, errors, cancellationToken);
            if (!errors.IsEmpty)
            {
                return new UserChangeOutcome.Taken(errors);
            }
        }

        var endsSessions = entry.Property(u => u.Role).IsModified
            || entry.Property(u => u.PasswordHash).IsModified
            || (entry.Property(u => u.IsActive).IsModified && !user.IsActive);
        user.UpdatedAt = time.GetUtcNow().UtcDateTime;
        var changed = ChangedFields(entry);
        if (changed.Count > 0)
        {
            db.Outbox().Raise(new UserUpdated(user.Id, user.Username, user.Email, user.Role, user.IsActive, changed), user.Id);
        }

        if (admin is not null && UserAuditChanges.OfUpdate(entry) is { } audit)
        {
            db.Outbox().RecordAdminAction(admin, audit.Action, UserAuditChanges.Of(user), audit.Changes);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new UserChangeOutcome.Gone();
            }
            catch (DbUpdateException e) when (AccountConflicts.TryDescribe(e, errors))
            {
                return new UserChangeOutcome.Taken(errors);
            }

            if (endsSessions)
            {
                await sessions.RevokeRefreshTokensOfUserAsync(user.Id, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        cache.Remove(user.Id);
        if (endsSessions)
        {
            await sessions.DenyAccessTokensOfUserAsync(user.Id, cancellationToken);
        }

        return new UserChangeOutcome.Saved(user);
    }

    /// <summary>
    /// Deletes the user (the database removes their refresh tokens with them), recording <paramref name="admin"/> in the
    /// audit log (null: the user deleted their own account, not audited), unless they were gone already.
    /// </summary>
    public async Task<UserChangeOutcome> DeleteAsync(User user, AuditActor? admin, CancellationToken cancellationToken)
    {
        db.Users.Remove(user);
        db.Outbox().Raise(new UserDeleted(user.Id), user.Id);
        if (admin is not null)
        {
            db.Outbox().RecordAdminAction(admin, UserAuditChanges.Delete, UserAuditChanges.Of(user), UserAuditChanges.OfDelete(user));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new UserChangeOutcome.Gone();
        }

        cache.Remove(user.Id);
        await sessions.DenyAccessTokensOfUserAsync(user.Id, cancellationToken);
        return new UserChangeOutcome.Saved(user);
    }

    /// <summary>The public fields a <c>user.updated</c> event reports as changed (password and timestamps are not news to others).</summary>
    private static List<string> ChangedFields(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<User> entry)
    {
        var changed = new List<string>(4);
        if (entry.Property(u => u.Username).IsModified)
        {
            changed.Add(UserFields.Username);
        }

        if (entry.Property(u => u.Email).IsModified)
        {
            changed.Add(UserFields.Email);
        }

        if (entry.Property(u => u.Role).IsModified)
        {
            changed.Add(UserFields.Role);
        }

        if (entry.Property(u => u.IsActive).IsModified)
        {
            changed.Add(UserFields.IsActive);
        }

        return changed;
    }
}
