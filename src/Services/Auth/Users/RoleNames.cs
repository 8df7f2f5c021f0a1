using Agrovet.ServiceDefaults.Auth;

namespace Agrovet.Auth.Users;

/// <summary>Roles as a message lists them: the API value to send and, beside it, the name people know it by.</summary>
public static class RoleNames
{
    /// <summary>"consumer (Productor), specialist (Especialista), ..." in the request's language.</summary>
    public static string Describe(IEnumerable<string> roles) => string.Join(", ", roles.Select(r => $"{r} ({ForPeople(r)})"));

    /// <summary>Productor, Especialista, Empresa/Vendedor, Administrador (or their English names).</summary>
    public static string ForPeople(string role) => role switch
    {
        Roles.Consumer => Messages.RoleConsumer,
        Roles.Specialist => Messages.RoleSpecialist,
        Roles.Businessman => Messages.RoleBusinessman,
        Roles.Admin => Messages.RoleAdmin,
        _ => role,
    };
}
