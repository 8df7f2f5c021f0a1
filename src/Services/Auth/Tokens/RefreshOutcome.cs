namespace Agrovet.Auth.Tokens;

/// <summary>What presenting a refresh token came to.</summary>
public abstract record RefreshOutcome
{
    private RefreshOutcome()
    {
    }

    /// <summary>The token was rotated: a new pair.</summary>
    public sealed record Rotated(TokenPairResponse Pair) : RefreshOutcome;

    /// <summary>Why the token was refused, for the client.</summary>
    public sealed record Refused(string Reason) : RefreshOutcome;
}
