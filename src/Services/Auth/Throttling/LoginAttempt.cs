namespace Agrovet.Auth.Throttling;

/// <summary>Who a login attempt is counted against: the account (user id, or the name typed when none matches) and the client address.</summary>
public sealed record LoginAttempt(string Account, string Address);
