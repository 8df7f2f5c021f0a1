namespace Agrovet.Auth.Tokens;

/// <summary>What checking an access token came to.</summary>
public abstract record TokenCheck
{
    private TokenCheck()
    {
    }

    /// <summary>The token passed every check: its claims.</summary>
    public sealed record Valid(VerifiedClaims Claims) : TokenCheck;

    /// <summary>Why the token was refused, for the client.</summary>
    public sealed record Refused(string Reason) : TokenCheck;
}
