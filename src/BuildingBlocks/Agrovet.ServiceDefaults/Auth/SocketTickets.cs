using System.Buffers.Text;
using System.Security.Cryptography;
using StackExchange.Redis;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>
/// Short single-use tickets that stand for an access token on a WebSocket URL (<c>/ws/...?ticket=</c>): a ticket is 22
/// characters where a token is ~700, and whatever the URL carries the server keeps for the socket's whole life (Kestrel
/// holds the request's target and query string twice over). The auth service issues one to a signed-in caller
/// (<c>POST /api/auth/token/socket/</c>); any service redeems it once, within <see cref="Lifetime"/>, for the token it
/// stands for, which is then checked like a bearer token (signature, expiry, denylist). Shared through Redis.
/// </summary>
public sealed class SocketTickets(IConnectionMultiplexer redis)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>The <see cref="Microsoft.AspNetCore.Http.HttpContext.Items"/> key of the token a request's ticket was redeemed for (UTF-8 bytes).</summary>
    public const string AccessTokenItem = "agrovet:socket-ticket:access-token";

    private const string KeyPrefix = "agrovet:socket-ticket:";
    private const int TicketBytes = 16;
    private const int TicketLength = 22;

    /// <summary>A new ticket for <paramref name="accessToken"/>.</summary>
    public async Task<string> IssueAsync(string accessToken, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Span<byte> value = stackalloc byte[TicketBytes];
        RandomNumberGenerator.Fill(value);
        var ticket = Base64Url.EncodeToString(value);
        await redis.GetDatabase().StringSetAsync(KeyPrefix + ticket, accessToken, Lifetime);
        return ticket;
    }

    /// <summary>The token <paramref name="ticket"/> stands for, once; null for a used, expired, unknown or malformed ticket.</summary>
    public async Task<string?> RedeemAsync(string ticket, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (ticket.Length != TicketLength || !Base64Url.IsValid(ticket))
        {
            return null;
        }

        return await redis.GetDatabase().StringGetDeleteAsync(KeyPrefix + ticket);
    }
}
