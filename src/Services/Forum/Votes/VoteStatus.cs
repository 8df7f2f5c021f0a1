namespace Agrovet.Forum.Votes;

public enum VoteStatus
{
    /// <summary>The vote stands (changed or as it was).</summary>
    Counted,

    /// <summary>No such item: nothing changed.</summary>
    Missing,

    /// <summary>The item was deleted by its author: nothing changed.</summary>
    Deleted,

    /// <summary>The item was removed by the moderators: nothing changed.</summary>
    Removed,
}
