using Agrovet.Media.Uploads;

namespace Agrovet.Media;

/// <summary>The purposes the platform uses and their default limits.</summary>
public static class PurposeDefaults
{
    public const string Avatar = "avatar";
    public const string AdPhoto = "ad_photo";
    public const string PostImage = "post_image";
    public const string Video = "video";
    public const string Document = "document";
    public const string Attachment = "attachment";

    private const long MiB = 1024 * 1024;

    /// <summary>Other names a purpose answers to, on upload and in list filters: the web app calls ad photos "ad".</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ad"] = AdPhoto,
    };

    public static IReadOnlyDictionary<string, PurposeOptions> All { get; } = new Dictionary<string, PurposeOptions>(StringComparer.Ordinal)
    {
        [Avatar] = Images(publicByDefault: true),
        [AdPhoto] = Images(publicByDefault: true),
        [PostImage] = Images(publicByDefault: false),
        [Video] = new() { MaxBytes = 100 * MiB, Categories = [MediaCategory.Video], PublicByDefault = false },
        [Document] = new() { MaxBytes = 20 * MiB, Categories = [MediaCategory.Document], PublicByDefault = false },
        [Attachment] = new() { MaxBytes = 20 * MiB, Categories = [MediaCategory.Image, MediaCategory.Video, MediaCategory.Document], PublicByDefault = false },
    };

    /// <summary>Adds the purposes configuration left out and fills what configured ones leave out.</summary>
    public static void Apply(MediaOptions options)
    {
        foreach (var (name, defaults) in All)
        {
            if (!options.Purposes.TryGetValue(name, out var configured))
            {
                options.Purposes[name] = new PurposeOptions
                {
                    MaxBytes = defaults.MaxBytes,
                    Categories = defaults.Categories,
                    PublicByDefault = defaults.PublicByDefault,
                };
                continue;
            }

            configured.MaxBytes ??= defaults.MaxBytes;
            configured.Categories ??= defaults.Categories;
            configured.PublicByDefault ??= defaults.PublicByDefault;
        }

        foreach (var configured in options.Purposes.Values)
        {
            configured.MaxBytes ??= 20 * MiB;
            configured.Categories ??= [MediaCategory.Image];
            configured.PublicByDefault ??= false;
        }
    }

    /// <summary>The purpose's own name when <paramref name="name"/> is an alias of it; otherwise <paramref name="name"/> as given.</summary>
    public static string Canonical(string name) => Aliases.TryGetValue(name.Trim(), out var canonical) ? canonical : name;

    private static PurposeOptions Images(bool publicByDefault) =>
        new() { MaxBytes = 10 * MiB, Categories = [MediaCategory.Image], PublicByDefault = publicByDefault };
}
