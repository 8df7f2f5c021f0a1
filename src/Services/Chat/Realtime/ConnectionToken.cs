namespace Agrovet.Chat.Realtime;

/// <summary>
/// The access token a connection was opened with: checked again while it lasts (expiry, denylist).
/// <paramref name="AccessToken"/> is a slice of the request's query string, which the request holds for the
/// connection's life anyway: a token is ~1.4 KB of UTF-16, and a copy of it would be most of an idle connection's cost.
/// </summary>
public sealed record ConnectionToken(ReadOnlyMemory<char> AccessToken, string TokenId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
