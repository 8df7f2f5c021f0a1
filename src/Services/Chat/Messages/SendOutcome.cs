namespace Agrovet.Chat.Messages;

/// <summary>What sending a message came to.</summary>
public abstract record SendOutcome
{
    private SendOutcome()
    {
    }

    /// <summary>Stored (and broadcast); <paramref name="Repeated"/> when its client id was stored before (nothing new broadcast).</summary>
    public sealed record Stored(MessageResponse Message, bool Repeated) : SendOutcome;

    /// <summary>The author is not (or no longer) an active member of the room.</summary>
    public sealed record NotMember : SendOutcome;

    /// <summary>The database did not take it; nothing was stored, the sender may send it again.</summary>
    public sealed record Failed : SendOutcome;
}
