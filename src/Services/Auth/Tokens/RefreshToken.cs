using System.Net;

namespace Agrovet.Auth.Tokens;

/// <summary>
/// One refresh token, stored as the SHA-256 of its value. Every token rotated from the same login shares a
/// <see cref="FamilyId"/>, so presenting a used one can revoke the whole session.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; init; }

    public long UserId { get; init; }

    public required byte[] TokenHash { get; init; }

    public Guid FamilyId { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    public DateTime? UsedAt { get; set; }

    public Guid? ReplacedBy { get; set; }

    public DateTime? RevokedAt { get; set; }

    public IPAddress? CreatedIp { get; init; }
}
