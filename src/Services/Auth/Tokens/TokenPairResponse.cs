using Agrovet.Auth.Users;

namespace Agrovet.Auth.Tokens;

public sealed record TokenPairResponse(string Access, string Refresh, int ExpiresIn, UserResponse User);
