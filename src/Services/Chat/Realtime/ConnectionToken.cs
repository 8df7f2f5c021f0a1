using System.Text;

namespace Agrovet.Chat.Realtime;

/// <summary>
/// The access token a connection was opened with: checked again while it lasts (expiry, denylist), and sent on the
/// user's behalf when the media service must be asked about an image. Kept as small as it can be, since every idle
/// connection holds it: opened with <c>?token=</c>, <paramref name="AccessToken"/> is a slice of the request's query
/// string (which the request holds for the connection's life anyway); opened with a <c>?ticket=</c>, the token it was
/// redeemed for is kept as UTF-8 (<see cref="AccessTokenUtf8"/>, half the size of a string).
/// </summary>
public sealed record ConnectionToken(ReadOnlyMemory<char> AccessToken, string TokenId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public ReadOnlyMemory<byte> AccessTokenUtf8 { get; init; }

    /// <summary>The <c>Authorization</c> header value that carries the token.</summary>
    public string BearerHeader() => AccessTokenUtf8.IsEmpty
        ? string.Concat("Bearer ", AccessToken.Span)
        : string.Concat("Bearer ", Encoding.UTF8.GetString(AccessTokenUtf8.Span));
}
