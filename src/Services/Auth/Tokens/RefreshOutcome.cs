namespace Agrovet.Auth.Tokens;

/// <summary>A new token pair, or why the refresh token was refused.</summary>
public sealed record RefreshOutcome(TokenPairResponse? Pair, string? Refusal)
{
    public static RefreshOutcome Refused(string reason) => new(null, reason);
}
