using System.Security.Claims;
using Agrovet.ServiceDefaults.Auth;

namespace Agrovet.Marketplace.Ads;

/// <summary>Who may sell: businessmen and specialists publish ads; consumers (and admins) buy and moderate.</summary>
public static class Sellers
{
    public static readonly IReadOnlyList<string> Roles = [ServiceDefaults.Auth.Roles.Businessman, ServiceDefaults.Auth.Roles.Specialist];

    public static bool CanSell(ClaimsPrincipal user) => Roles.Contains(user.Role());

    public static bool CanManage(ClaimsPrincipal user, long sellerId) => user.IsAdmin() || user.Id() == sellerId;

    /// <summary>A selling role as people call it, in the request's language (Empresa/Vendedor, Especialista).</summary>
    public static string RoleForPeople(string role) => role == ServiceDefaults.Auth.Roles.Businessman ? Messages.RoleBusinessman : Messages.RoleSpecialist;
}
