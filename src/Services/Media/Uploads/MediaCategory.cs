namespace Agrovet.Media.Uploads;

/// <summary>The kinds of file a purpose may accept.</summary>
public static class MediaCategory
{
    public const string Image = "image";
    public const string Video = "video";
    public const string Document = "document";
}
