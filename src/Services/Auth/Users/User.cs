namespace Agrovet.Auth.Users;

/// <summary>An account. Usernames and emails are unique regardless of case, through their normalized columns.</summary>
public sealed class User
{
    private User()
    {
    }

    public long Id { get; private set; }

    public string Username { get; private set; } = string.Empty;

    public string NormalizedUsername { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public string NormalizedEmail { get; private set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;

    public DateTime DateJoined { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? LastLogin { get; set; }

    public static User Create(string username, string email, string role, DateTime now)
    {
        // PostgreSQL keeps microseconds; trimming here makes the 201 answer match every later read.
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
        var user = new User { Role = role, DateJoined = now, UpdatedAt = now };
        user.Username = username;
        user.NormalizedUsername = Normalize(username);
        user.ChangeEmail(email);
        return user;
    }

    public void ChangeEmail(string email)
    {
        Email = email;
        NormalizedEmail = Normalize(email);
    }

    /// <summary>The form uniqueness and look-ups compare: invariant upper case, so "Élodie" and "éLODIE" are one name.</summary>
    public static string Normalize(string value) => value.ToUpperInvariant();
}
