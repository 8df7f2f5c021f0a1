namespace Agrovet.Media;

/// <summary>The media service's tunables, bound from the <c>Media</c> configuration section.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>
    /// Where files are stored. Empty: <c>$AGROVET_STATE_DIR/media</c> when the launcher set a state directory, else
    /// <c>.agrovet/media</c> in the repository (found from the build output), else in the content root.
    /// A relative path is taken from the repository root (or the content root outside a checkout).
    /// </summary>
    public string StorageRoot { get; set; } = string.Empty;

    /// <summary>Thumbnails fit in a square of this many pixels.</summary>
    public int ThumbnailMaxSide { get; set; } = 320;

    /// <summary>Images with more pixels than this are refused (decoding one costs 4 bytes a pixel).</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>
    /// What each <c>purpose</c> accepts (e.g. <c>Media__Purposes__video__MaxBytes=209715200</c>); purposes not configured
    /// keep <see cref="PurposeDefaults"/>, and a configured one takes the defaults for what it leaves out.
    /// </summary>
    public Dictionary<string, PurposeOptions> Purposes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The purpose of an upload that names none.</summary>
    public string DefaultPurpose { get; set; } = PurposeDefaults.Attachment;

    /// <summary>The largest file any purpose accepts: the ceiling while the purpose of an upload is not known yet.</summary>
    public long LargestFile => Purposes.Values.Max(p => p.MaxBytes ?? 0);
}
