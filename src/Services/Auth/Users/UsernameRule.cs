using System.Text.RegularExpressions;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Auth.Users;

/// <summary>Django's rule: 3 to 150 letters (any script), digits and @ . + - _.</summary>
public static partial class UsernameRule
{
    public const int MinLength = 3;
    public const int MaxLength = 150;

    public static void Validate(string field, string? username, ValidationErrors errors)
    {
        if (!errors.Required(field, username))
        {
            return;
        }

        if (username.Length < MinLength)
        {
            errors.Add(field, Messages.FormatUsernameTooShort(MinLength));
        }

        errors.MaxLength(field, username, MaxLength);
        if (errors.NoBidiControls(field, username) && !Allowed().IsMatch(username))
        {
            errors.Add(field, Messages.UsernameInvalid);
        }
    }

    [GeneratedRegex(@"^[\w.@+-]+\z")]
    private static partial Regex Allowed();
}
