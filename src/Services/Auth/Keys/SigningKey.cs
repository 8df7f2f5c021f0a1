namespace Agrovet.Auth.Keys;

/// <summary>
/// An ES256 (P-256) key pair. The newest key without <see cref="RetiresAt"/> signs; a replaced key stays published
/// in the JWKS until <see cref="RetiresAt"/>, when no token it signed can still be valid.
/// </summary>
public sealed class SigningKey
{
    public required string Kid { get; init; }

    /// <summary>PKCS#8 DER.</summary>
    public required byte[] PrivateKey { get; init; }

    /// <summary>The public half as a JWK (RFC 7517) JSON object.</summary>
    public required string PublicJwk { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? RetiresAt { get; set; }
}
