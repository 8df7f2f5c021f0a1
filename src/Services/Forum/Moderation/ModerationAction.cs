namespace Agrovet.Forum.Moderation;

/// <summary>What moderators do to posts (all four) and comments (remove, restore); each is an audit entry's action.</summary>
public static class ModerationAction
{
    public const string Remove = "remove";
    public const string Restore = "restore";
    public const string Lock = "lock";
    public const string Unlock = "unlock";
}
