namespace Agrovet.Auth.Tokens;

/// <summary>A single-use ticket for <c>/ws/...?ticket=</c>, valid for <paramref name="ExpiresIn"/> seconds.</summary>
public sealed record SocketTicketResponse(string Ticket, int ExpiresIn);
