namespace Agrovet.Chat.Realtime;

/// <summary>The access token a connection was opened with: checked again while it lasts (expiry, denylist).</summary>
public sealed record ConnectionToken(string AccessToken, string TokenId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
