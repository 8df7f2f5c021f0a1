using Agrovet.Auth.Users;
using Microsoft.AspNetCore.Identity;

namespace Agrovet.Auth.Sessions;

/// <summary>
/// ASP.NET Core Identity's password hasher, plus a verification against a throwaway hash when no account matches,
/// so that "no such user" takes as long as "wrong password".
/// </summary>
public sealed class Passwords(IPasswordHasher<User> hasher)
{
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(null!, Guid.NewGuid().ToString()));

    public string Hash(string password) => hasher.HashPassword(null!, password);

    public PasswordVerificationResult Verify(User? user, string password)
    {
        if (user is null)
        {
            hasher.VerifyHashedPassword(null!, _decoyHash.Value, password);
            return PasswordVerificationResult.Failed;
        }

        return hasher.VerifyHashedPassword(user, user.PasswordHash, password);
    }
}
