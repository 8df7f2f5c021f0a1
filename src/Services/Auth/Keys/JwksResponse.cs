namespace Agrovet.Auth.Keys;

public sealed record JwksResponse(IReadOnlyList<PublicJwk> Keys);
