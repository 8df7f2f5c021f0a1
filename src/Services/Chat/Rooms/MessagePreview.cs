namespace Agrovet.Chat.Rooms;

/// <summary>A room's newest message as the room list shows it (body cut to <see cref="MaxLength"/> characters).</summary>
public sealed record MessagePreview(long Id, UserRef Author, string Body, int MediaCount, bool Deleted, DateTime CreatedAt)
{
    public const int MaxLength = 120;

    public static string Cut(string body) => body.Length <= MaxLength ? body : string.Concat(body.AsSpan(0, MaxLength - 1), "…");
}
