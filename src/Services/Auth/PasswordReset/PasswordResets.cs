using System.Net;
using Agrovet.Auth.Data;
using Agrovet.Auth.Registration;
using Agrovet.Auth.Sessions;
using Agrovet.Auth.Tokens;
using Agrovet.Auth.Users;
using Agrovet.Mail;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Agrovet.Auth.PasswordReset;

/// <summary>
/// "Forgot password": a link by e-mail to an active account's address, then a new password through it. A new link
/// replaces the account's earlier ones; a link works once and for <see cref="AuthOptions.PasswordResetLinkLifetime"/>;
/// using it changes the password as changing it does (every session of the account ends).
/// </summary>
public sealed class PasswordResets(
    AuthDbContext db,
    Passwords passwords,
    UserChanges changes,
    IMailSender mail,
    IOptions<AuthOptions> options,
    TimeProvider time,
    ILogger<PasswordResets> logger)
{
    /// <summary>E-mails a link when an active account has <paramref name="email"/>; does nothing visible otherwise.</summary>
    public async Task RequestAsync(string email, IPAddress? address, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(email);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is not { IsActive: true })
        {
            logger.LogInformation("Reset link asked for an address of no active account; nothing sent");
            return;
        }

        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var (value, hash) = OpaqueTokenValue.Create();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.PasswordResetTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
            db.PasswordResetTokens.Add(new PasswordResetToken
            {
                Id = Guid.CreateVersion7(),
                UserId = user.Id,
                TokenHash = hash,
                CreatedAt = now,
                ExpiresAt = now + settings.PasswordResetLinkLifetime,
                CreatedIp = address,
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        try
        {
            await mail.SendAsync(PasswordResetMail.Compose(user, value, settings), cancellationToken);
            logger.LogInformation("Reset link sent to user {UserId}", user.Id);
        }
        catch (MailNotSentException e)
        {
            // The answer stays the same: a failure here must not tell the caller the address has an account.
            logger.LogError(e, "Could not send the reset link of user {UserId}", user.Id);
        }
    }

    /// <summary>Sets <paramref name="newPassword"/> on the account the link was sent to, if the link still works.</summary>
    public async Task<PasswordResetOutcome> ResetAsync(string token, string? newPassword, CancellationToken cancellationToken)
    {
        if (!OpaqueTokenValue.TryHash(token, out var hash))
        {
            return new PasswordResetOutcome.LinkNotValid();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var link = await db.PasswordResetTokens.AsNoTracking()
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now, cancellationToken);
        var user = link is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == link.UserId, cancellationToken);
        if (link is null || user is null)
        {
            return new PasswordResetOutcome.LinkNotValid();
        }

        if (!user.IsActive)
        {
            return new PasswordResetOutcome.Deactivated();
        }

        var errors = new ValidationErrors();
        PasswordRules.Validate("new_password", newPassword, user.Username, user.Email, errors);
        if (!errors.IsEmpty)
        {
            return new PasswordResetOutcome.WeakPassword(errors);
        }

        // Claimed before the change: of two requests racing with one link, one changes the password.
        var claimed = await db.PasswordResetTokens
            .Where(t => t.Id == link.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return new PasswordResetOutcome.LinkNotValid();
        }

        user.PasswordHash = passwords.Hash(newPassword!);
        if (await changes.UpdateAsync(user, admin: null, cancellationToken) is not UserChangeOutcome.Saved)
        {
            return new PasswordResetOutcome.LinkNotValid();
        }

        logger.LogInformation("User {UserId} chose a new password through an e-mailed link; their sessions ended", user.Id);
        return new PasswordResetOutcome.Reset();
    }
}
