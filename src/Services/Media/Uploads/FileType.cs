namespace Agrovet.Media.Uploads;

/// <summary>What a file is, as its first bytes say.</summary>
public sealed record FileType(string ContentType, string Category, string Description)
{
    public static readonly FileType Jpeg = new("image/jpeg", MediaCategory.Image, "JPEG");
    public static readonly FileType Png = new("image/png", MediaCategory.Image, "PNG");
    public static readonly FileType Gif = new("image/gif", MediaCategory.Image, "GIF");
    public static readonly FileType WebP = new("image/webp", MediaCategory.Image, "WebP");
    public static readonly FileType Mp4 = new("video/mp4", MediaCategory.Video, "MP4");
    public static readonly FileType QuickTime = new("video/quicktime", MediaCategory.Video, "QuickTime");
    public static readonly FileType WebM = new("video/webm", MediaCategory.Video, "WebM");
    public static readonly FileType Pdf = new("application/pdf", MediaCategory.Document, "PDF");

    public static IReadOnlyList<FileType> All { get; } = [Jpeg, Png, Gif, WebP, Mp4, QuickTime, WebM, Pdf];

    public bool IsImage => Category == MediaCategory.Image;
}
