namespace Agrovet.Auth.Tokens;

/// <summary>The claims of an access token that passed every check, or why it did not.</summary>
public sealed record TokenCheck(VerifiedClaims? Claims, string? Refusal)
{
    public static TokenCheck Refused(string reason) => new(null, reason);
}
