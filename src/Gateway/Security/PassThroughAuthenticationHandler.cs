using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Agrovet.Gateway.Security;

/// <summary>
/// The gateway passes tokens through; the services validate them. Making this the default authenticate scheme keeps
/// the shared pipeline's authentication step from validating every token (and checking the denylist) twice.
/// </summary>
public sealed class PassThroughAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "GatewayPassThrough";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
}
