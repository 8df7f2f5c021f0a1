using Microsoft.IdentityModel.Tokens;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>A well-signed token that was revoked before it expired (logout, deactivation, role change).</summary>
public sealed class SecurityTokenRevokedException : SecurityTokenValidationException
{
    public SecurityTokenRevokedException()
    {
    }

    public SecurityTokenRevokedException(string message)
        : base(message)
    {
    }

    public SecurityTokenRevokedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
