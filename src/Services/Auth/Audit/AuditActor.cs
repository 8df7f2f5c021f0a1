using System.Security.Claims;
using Agrovet.ServiceDefaults.Auth;

namespace Agrovet.Auth.Audit;

/// <summary>
/// Who acted: the signed-in administrator of a request, a service command run by an operator (id 0, named after the
/// command), or the <c>actor</c> of an audit entry.
/// </summary>
public sealed record AuditActor(long Id, string Username)
{
    public static AuditActor Of(ClaimsPrincipal principal) => new(principal.Id(), principal.Username());

    /// <summary>An operator running <paramref name="command"/> (e.g. <c>ensure-admin</c>): no account, so id 0.</summary>
    public static AuditActor Command(string command) => new(0, command);
}
