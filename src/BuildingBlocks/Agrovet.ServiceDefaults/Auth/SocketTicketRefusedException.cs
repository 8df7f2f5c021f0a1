using Microsoft.IdentityModel.Tokens;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>A WebSocket's <c>?ticket=</c> that was used already, expired or never issued.</summary>
public sealed class SocketTicketRefusedException : SecurityTokenValidationException
{
    public SocketTicketRefusedException()
    {
    }

    public SocketTicketRefusedException(string message)
        : base(message)
    {
    }

    public SocketTicketRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
