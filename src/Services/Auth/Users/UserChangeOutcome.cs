namespace Agrovet.Auth.Users;

public enum UserChangeOutcome
{
    Saved,

    /// <summary>The username or email is taken; the field error says which.</summary>
    Conflict,

    /// <summary>The user was deleted meanwhile.</summary>
    Gone,
}
