namespace Agrovet.Contracts.Audit;

/// <summary>The <c>object_type</c> of audit entries: what the web admin's history view asks for.</summary>
public static class AuditObjectTypes
{
    public const string User = "user";
    public const string Ad = "ad";
    public const string Order = "order";
    public const string Media = "media";
    public const string Profile = "profile";
    public const string ChatMessage = "chat_message";
    public const string ForumCommunity = "forum_community";
    public const string ForumPost = "forum_post";
    public const string ForumComment = "forum_comment";
    public const string ForumReport = "forum_report";
}
