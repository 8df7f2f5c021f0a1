using System.Globalization;
using System.Security.Claims;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>Reads the platform's claims from a signed-in principal.</summary>
public static class CurrentUser
{
    public static long Id(this ClaimsPrincipal user) =>
        long.Parse(user.FindFirst(AgrovetClaims.Subject)?.Value ?? throw new InvalidOperationException("The principal has no subject."), CultureInfo.InvariantCulture);

    public static string Username(this ClaimsPrincipal user) => user.FindFirst(AgrovetClaims.Username)?.Value ?? string.Empty;

    public static string Role(this ClaimsPrincipal user) => user.FindFirst(AgrovetClaims.Role)?.Value ?? string.Empty;

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);
}
