namespace Agrovet.Chat.Messages;

/// <summary>What an edit, a deletion or a read marker came to.</summary>
public abstract record MessageChangeOutcome
{
    private MessageChangeOutcome()
    {
    }

    public sealed record Done(MessageResponse? Message) : MessageChangeOutcome;

    /// <summary>The caller is not (or no longer) an active member of the room.</summary>
    public sealed record NotMember : MessageChangeOutcome;

    /// <summary>Refused: <paramref name="Code"/> is <c>not_found</c>, <c>forbidden</c> or <c>invalid</c> (<paramref name="Field"/> names the field).</summary>
    public sealed record Refused(string Code, string Detail, string? Field = null) : MessageChangeOutcome;
}
