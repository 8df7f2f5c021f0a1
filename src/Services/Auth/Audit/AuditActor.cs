using System.Security.Claims;
using Agrovet.ServiceDefaults.Auth;

namespace Agrovet.Auth.Audit;

/// <summary>Who acted: the signed-in administrator of a request, or the <c>actor</c> of an audit entry.</summary>
public sealed record AuditActor(long Id, string Username)
{
    public static AuditActor Of(ClaimsPrincipal principal) => new(principal.Id(), principal.Username());
}
