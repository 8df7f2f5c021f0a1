namespace Agrovet.Chat.Rooms;

/// <summary>What a change to rooms came to; endpoints turn it into an answer.</summary>
public abstract record RoomChangeOutcome
{
    private RoomChangeOutcome()
    {
    }

    /// <summary>The room (new when <paramref name="Created"/>; else found again or changed).</summary>
    public sealed record Done(long RoomId, bool Created) : RoomChangeOutcome;

    public sealed record NotFound(string Detail) : RoomChangeOutcome;

    public sealed record Forbidden(string Detail) : RoomChangeOutcome;

    public sealed record Invalid(string Field, string Detail) : RoomChangeOutcome;

    public sealed record Unavailable(string Detail) : RoomChangeOutcome;
}
