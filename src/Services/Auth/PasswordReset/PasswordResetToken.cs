using System.Net;

namespace Agrovet.Auth.PasswordReset;

/// <summary>
/// A link to choose a new password, e-mailed to the account's address: stored as the SHA-256 of its value, used once,
/// valid until <see cref="ExpiresAt"/>. Asking again deletes the account's earlier links.
/// </summary>
public sealed class PasswordResetToken
{
    public Guid Id { get; init; }

    public long UserId { get; init; }

    public required byte[] TokenHash { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    public DateTime? UsedAt { get; set; }

    public IPAddress? CreatedIp { get; init; }
}
