namespace Agrovet.Media.Uploads;

/// <summary>The kinds of file a purpose may accept.</summary>
public static class MediaCategory
{
    public const string Image = "image";
    public const string Video = "video";
    public const string Document = "document";

    /// <summary>The category's name for people, in the request's language ("imagen", "image").</summary>
    public static string Describe(string category) => category switch
    {
        Image => Messages.CategoryImage,
        Video => Messages.CategoryVideo,
        Document => Messages.CategoryDocument,
        _ => category,
    };

    /// <summary>"imagen, video" for people, in the request's language.</summary>
    public static string DescribeAll(IEnumerable<string> categories) => string.Join(", ", categories.Select(Describe));
}
