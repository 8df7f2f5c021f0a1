using Agrovet.Media.Files;

namespace Agrovet.Media.Uploads;

/// <summary>What an upload came to.</summary>
public abstract record UploadOutcome
{
    private UploadOutcome()
    {
    }

    /// <summary>The file is stored, with its row and its <c>media.created</c> event.</summary>
    public sealed record Stored(MediaFile Media) : UploadOutcome;

    /// <summary>Refused for what was sent in <paramref name="Field"/>; <paramref name="Message"/> says how to fix it.</summary>
    public sealed record Refused(string Field, string Message) : UploadOutcome;

    /// <summary>The file is over its limit; <paramref name="Message"/> says which.</summary>
    public sealed record TooLarge(string Message) : UploadOutcome;

    /// <summary>The file store has no room left (disk full or quota reached); nothing of the upload was kept.</summary>
    public sealed record StorageFull : UploadOutcome;
}
