using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Forum.Comments;

/// <summary>What a comment may hold.</summary>
public static class CommentRules
{
    public const int BodyMaxLength = 10000;

    public static string? Body(string? body, ValidationErrors errors)
    {
        if (!errors.Required("body", body))
        {
            return null;
        }

        if (body.Length > BodyMaxLength)
        {
            errors.Add("body", Messages.FormatCommentTooLong(AgrovetCultures.Number(BodyMaxLength), AgrovetCultures.Number(body.Length)));
            return null;
        }

        return body;
    }
}
