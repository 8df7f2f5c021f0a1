namespace Agrovet.Media.Uploads;

/// <summary>The text fields of an upload, as sent (checked once the whole body has been read).</summary>
public sealed class UploadForm
{
    public string? Purpose { get; set; }

    public string? IsPublic { get; set; }
}
