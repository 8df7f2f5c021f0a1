using System.Security.Claims;
using Agrovet.ServiceDefaults.Auth;

namespace Agrovet.EventBus.Audit;

/// <summary>
/// Who made an audited change: the signed-in administrator of a request (<see cref="AdminOf"/>), a service command run
/// by an operator (<see cref="Command"/>: no account, id 0, named after the command), or the <c>actor</c> of a stored
/// audit entry. Domain code takes one of these, never the request's <see cref="ClaimsPrincipal"/>.
/// </summary>
public sealed record AuditActor(long Id, string Username)
{
    /// <summary>The id of an operator's command: no account has it.</summary>
    public const long OperatorId = 0;

    /// <summary>The signed-in caller as the actor (for endpoints only administrators reach).</summary>
    public static AuditActor Of(ClaimsPrincipal principal) => new(principal.Id(), principal.Username());

    /// <summary>
    /// The administrator behind a request, or null for everyone else: an administrator's changes are audited, also when
    /// the object is their own (an admin who bought something and cancels the order); other users' are not.
    /// </summary>
    public static AuditActor? AdminOf(ClaimsPrincipal principal) => principal.IsAdmin() ? Of(principal) : null;

    /// <summary>An operator running <paramref name="command"/> (e.g. <c>ensure-admin</c>).</summary>
    public static AuditActor Command(string command) => new(OperatorId, command);
}
