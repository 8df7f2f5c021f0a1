using System.Text.RegularExpressions;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Auth.Registration;

/// <summary>Django's default password validators: length, not all digits, not like the username or email, not common.</summary>
public static partial class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 128;
    private const double MaxSimilarity = 0.7;

    public static void Validate(string field, string? password, string? username, string? email, ValidationErrors errors)
    {
        if (!errors.Required(field, password))
        {
            return;
        }

        if (password.Length < MinLength)
        {
            errors.Add(field, Messages.FormatPasswordTooShort(MinLength));
        }

        if (password.Length > MaxLength)
        {
            errors.Add(field, Messages.FormatPasswordTooLong(MaxLength));
        }

        if (password.All(char.IsDigit))
        {
            errors.Add(field, Messages.PasswordNumeric);
        }

        if (IsTooSimilar(password, username))
        {
            errors.Add(field, Messages.PasswordLikeUsername);
        }
        else if (IsTooSimilar(password, email))
        {
            errors.Add(field, Messages.PasswordLikeEmail);
        }

        if (CommonPasswords.Contains(password))
        {
            errors.Add(field, Messages.PasswordCommon);
        }
    }

    /// <summary>Contains the value, or Django's UserAttributeSimilarityValidator (quick ratio over the value and its parts).</summary>
    private static bool IsTooSimilar(string password, string? attribute)
    {
        if (string.IsNullOrWhiteSpace(attribute))
        {
            return false;
        }

        var lowerPassword = password.ToLowerInvariant();
        var lowerAttribute = attribute.Trim().ToLowerInvariant();
        if (lowerAttribute.Length >= 3 && lowerPassword.Contains(lowerAttribute, StringComparison.Ordinal))
        {
            return true;
        }

        return NonWord().Split(lowerAttribute).Append(lowerAttribute)
            .Where(part => part.Length > 0 && !IsFarLonger(lowerPassword, part))
            .Any(part => QuickRatio(lowerPassword, part) >= MaxSimilarity);
    }

    private static bool IsFarLonger(string password, string part) =>
        password.Length >= 10 * part.Length && part.Length < MaxSimilarity / 2 * password.Length;

    /// <summary>Python's SequenceMatcher.quick_ratio: 2 × (characters in common, with multiplicity) / (total length).</summary>
    private static double QuickRatio(string a, string b)
    {
        var available = new Dictionary<char, int>();
        foreach (var c in b)
        {
            available[c] = available.GetValueOrDefault(c) + 1;
        }

        var matches = 0;
        foreach (var c in a)
        {
            if (available.GetValueOrDefault(c) > 0)
            {
                available[c]--;
                matches++;
            }
        }

        return 2.0 * matches / (a.Length + b.Length);
    }

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWord();
}
