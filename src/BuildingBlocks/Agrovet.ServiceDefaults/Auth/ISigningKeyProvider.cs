using Microsoft.IdentityModel.Tokens;

namespace Agrovet.ServiceDefaults.Auth;

/// <summary>Where a service finds the public keys that access tokens are checked against.</summary>
public interface ISigningKeyProvider
{
    /// <summary>Keys for <paramref name="keyId"/>; may refresh once when the id is unknown (a rotated key).</summary>
    IReadOnlyList<SecurityKey> GetSigningKeys(string? keyId);
}
