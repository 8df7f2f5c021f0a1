using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Auth.PasswordReset;

/// <summary>What presenting a reset link with a new password came to.</summary>
public abstract record PasswordResetOutcome
{
    private PasswordResetOutcome()
    {
    }

    /// <summary>The password changed; every session of the account ended.</summary>
    public sealed record Reset : PasswordResetOutcome;

    /// <summary>No such link, or it was used, replaced by a newer one, or expired: the person must ask for a new one.</summary>
    public sealed record LinkNotValid : PasswordResetOutcome;

    /// <summary>The account was deactivated after the link was sent.</summary>
    public sealed record Deactivated : PasswordResetOutcome;

    /// <summary>The new password breaks a rule; the link still works.</summary>
    public sealed record WeakPassword(ValidationErrors Errors) : PasswordResetOutcome;
}
