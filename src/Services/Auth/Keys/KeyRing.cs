using Microsoft.IdentityModel.Tokens;

namespace Agrovet.Auth.Keys;

/// <summary>The keys one instance holds in memory: the one that signs, and every published one by kid.</summary>
public sealed record KeyRing(
    string SigningKid,
    DateTime SigningKeyCreatedAt,
    SigningCredentials SigningCredentials,
    IReadOnlyDictionary<string, IReadOnlyList<SecurityKey>> ByKid,
    IReadOnlyList<SecurityKey> All,
    JwksResponse Jwks,
    DateTimeOffset LoadedAt);
