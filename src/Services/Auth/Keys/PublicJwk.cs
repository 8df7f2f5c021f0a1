namespace Agrovet.Auth.Keys;

/// <summary>The public half of an EC signing key as a JSON Web Key (RFC 7517/7518).</summary>
public sealed record PublicJwk(string Kty, string Crv, string X, string Y, string Kid, string Use, string Alg);
