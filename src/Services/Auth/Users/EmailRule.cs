using System.Net.Mail;
using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Auth.Users;

public static class EmailRule
{
    public const int MaxLength = 254;
    private const int MaxLocalPartLength = 64;

    public static void Validate(string field, string? email, ValidationErrors errors)
    {
        if (!errors.Required(field, email))
        {
            return;
        }

        if (email.Length > MaxLength)
        {
            errors.MaxLength(field, email, MaxLength);
        }
        else if (!IsValid(email))
        {
            errors.Add(field, Messages.EmailInvalid);
        }
    }

    private static bool IsValid(string email)
    {
        if (email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var at = email.LastIndexOf('@');
        if (at is <= 0 or > MaxLocalPartLength || at == email.Length - 1)
        {
            return false;
        }

        // MailAddress also accepts display names and comments; only a bare address that round-trips counts.
        if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || parsed.DisplayName.Length > 0)
        {
            return false;
        }

        var labels = email[(at + 1)..].Split('.');
        return labels.Length >= 2 && labels.All(IsDomainLabel);
    }

    private static bool IsDomainLabel(string label) =>
        label.Length is > 0 and <= 63
        && label[0] != '-'
        && label[^1] != '-'
        && label.All(c => char.IsLetterOrDigit(c) || c == '-');
}
