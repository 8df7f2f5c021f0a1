using Agrovet.Auth.Users;
using Agrovet.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Agrovet.Auth.Tokens;

/// <summary>
/// The server-side answer to "is this access token good?": the bearer handler's own validation parameters, then
/// the denylist, then the account's state.
/// </summary>
public sealed class AccessTokenValidator(IOptionsMonitor<JwtBearerOptions> bearer, IAccessTokenDenylist denylist, UserCache users)
{
    public async Task<TokenCheck> CheckAsync(string token, IServiceProvider services, CancellationToken cancellationToken)
    {
        // The bearer scheme's own handler, so a token already checked on a request is not verified again here.
        var options = bearer.Get(JwtBearerDefaults.AuthenticationScheme);
        var result = await options.TokenHandlers[0].ValidateTokenAsync(token, options.TokenValidationParameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return new TokenCheck.Refused(Explain(result.Exception));
        }

        if (!jwt.TryGetPayloadValue<string>(AgrovetClaims.Subject, out var subject)
            || !long.TryParse(subject, out var userId)
            || !jwt.TryGetPayloadValue<string>(AgrovetClaims.TokenId, out var tokenId)
            || !jwt.TryGetPayloadValue<long>(AgrovetClaims.IssuedAt, out var issuedAt))
        {
            return new TokenCheck.Refused(Messages.AccessTokenIncomplete);
        }

        if (await denylist.IsRevokedAsync(tokenId, subject, TokenIssueTime.Of(tokenId, issuedAt), cancellationToken))
        {
            return new TokenCheck.Refused(Messages.AccessTokenRevoked);
        }

        if (await users.GetAsync(userId, services, cancellationToken) is not { IsActive: true })
        {
            return new TokenCheck.Refused(Messages.AccessTokenAccountGone);
        }

        return new TokenCheck.Valid(
            new VerifiedClaims(
                jwt.Issuer,
                jwt.Audiences.FirstOrDefault() ?? string.Empty,
                subject,
                Claim(jwt, AgrovetClaims.Username),
                Claim(jwt, AgrovetClaims.Email),
                Claim(jwt, AgrovetClaims.Role),
                tokenId,
                issuedAt,
                jwt.TryGetPayloadValue<long>("nbf", out var notBefore) ? notBefore : issuedAt,
                jwt.TryGetPayloadValue<long>(AgrovetClaims.Expires, out var expires) ? expires : 0));
    }

    private static string Claim(JsonWebToken jwt, string name) =>
        jwt.TryGetPayloadValue<string>(name, out var value) ? value : string.Empty;

    private static string Explain(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => Messages.AccessTokenExpired,
        SecurityTokenNotYetValidException => Messages.AccessTokenNotYetValid,
        SecurityTokenSignatureKeyNotFoundException => Messages.AccessTokenUnknownKey,
        SecurityTokenInvalidAlgorithmException => Messages.AccessTokenBadAlgorithm,
        SecurityTokenInvalidSignatureException => Messages.AccessTokenBadSignature,
        _ => Messages.AccessTokenNotValid,
    };
}
