namespace Agrovet.Chat.Realtime;

/// <summary>
/// Why the server closes a chat WebSocket. 1008 and 1009 are the protocol's own (policy, too big); the 4000s are ours.
/// A client reconnects after 1001, 1011 and 4000 (with <c>?since=</c>), signs in again after 4001 and 4002, and stops
/// after 4003.
/// </summary>
public static class CloseCodes
{
    /// <summary>The server is shutting down: reconnect (another instance answers).</summary>
    public const int GoingAway = 1001;

    /// <summary>A malformed frame, an unknown frame type, a binary frame, or frames faster than the rate limit.</summary>
    public const int PolicyViolation = 1008;

    /// <summary>A frame over the size limit.</summary>
    public const int TooBig = 1009;

    public const int InternalError = 1011;

    /// <summary>The client did not read fast enough: its send queue filled up and it was cut off.</summary>
    public const int TooSlow = 4000;

    /// <summary>The access token expired while connected.</summary>
    public const int TokenExpired = 4001;

    /// <summary>The access token was revoked (logout, deactivation) while connected.</summary>
    public const int TokenRevoked = 4002;

    /// <summary>The user was removed from the room, or their account deactivated or deleted.</summary>
    public const int NoLongerMember = 4003;
}
