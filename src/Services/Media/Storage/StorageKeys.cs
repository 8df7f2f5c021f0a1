namespace Agrovet.Media.Storage;

/// <summary>
/// Object keys derived from the media id alone: <c>ef/01/0193…ef01</c>. The two directory levels come from the id's
/// last (random) hex digits, not its first ones: a UUIDv7 starts with a timestamp, which would pile every recent file
/// into one directory.
/// </summary>
public static class StorageKeys
{
    public static string Content(Guid id)
    {
        var hex = id.ToString("N");
        return $"{hex[^4..^2]}/{hex[^2..]}/{hex}";
    }

    public static string Thumbnail(Guid id) => Content(id) + ".thumb.jpg";
}
