namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// When an access token was issued, to the millisecond: the auth service makes token ids UUIDv7, whose first 48
/// bits are the Unix time in milliseconds; <c>iat</c> (whole seconds) is the fallback for other ids.
/// </summary>
public static class TokenIssueTime
{
    public static DateTimeOffset Of(string tokenId, long issuedAtSeconds)
    {
        if (Guid.TryParse(tokenId, out var id) && id.Version == 7)
        {
            Span<byte> bytes = stackalloc byte[16];
            id.TryWriteBytes(bytes, bigEndian: true, out _);
            long milliseconds = 0;
            for (var i = 0; i < 6; i++)
            {
                milliseconds = (milliseconds << 8) | bytes[i];
            }

            return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        }

        return DateTimeOffset.FromUnixTimeSeconds(issuedAtSeconds);
    }
}
