namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// Access tokens that must stop working before they expire: one token (logout) or every token a user holds
/// that was issued before a moment (deactivation, role change).
/// </summary>
public interface IAccessTokenDenylist
{
    ValueTask<bool> IsRevokedAsync(string tokenId, string userId, DateTimeOffset issuedAt, CancellationToken cancellationToken = default);

    Task DenyTokenAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    Task DenyUserTokensIssuedBeforeAsync(string userId, DateTimeOffset moment, TimeSpan keepFor, CancellationToken cancellationToken = default);
}
