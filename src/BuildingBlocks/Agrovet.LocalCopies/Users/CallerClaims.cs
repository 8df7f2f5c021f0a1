using System.Globalization;
using System.Security.Claims;
using Agrovet.ServiceDefaults.Auth;

namespace Agrovet.LocalCopies.Users;

/// <summary>
/// Who a signed-in caller's access token says they are, and when it said so: the token is signed by auth, so its
/// name and role are as good as an event of that time.
/// </summary>
public sealed record CallerClaims(long Id, string Username, string Role, DateTimeOffset IssuedAt)
{
    public static CallerClaims Of(ClaimsPrincipal principal)
    {
        var tokenId = principal.FindFirst(AgrovetClaims.TokenId)?.Value ?? string.Empty;
        var issuedAtSeconds = long.TryParse(principal.FindFirst(AgrovetClaims.IssuedAt)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : 0;
        return new CallerClaims(principal.Id(), principal.Username(), principal.Role(), TokenIssueTime.Of(tokenId, issuedAtSeconds));
    }
}
