using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Forum.Moderation;

public static class ReportRules
{
    public const int ReasonMaxLength = 500;

    public static string? Reason(string? reason, ValidationErrors errors)
    {
        if (!errors.Required("reason", reason))
        {
            return null;
        }

        var trimmed = reason.Trim();
        if (trimmed.Length > ReasonMaxLength)
        {
            errors.Add("reason", Messages.FormatReasonTooLong(ReasonMaxLength));
            return null;
        }

        return trimmed;
    }
}
