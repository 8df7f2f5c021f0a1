namespace Agrovet.Media.Storage;

/// <summary>The absolute directory the filesystem storage keeps files in (see <see cref="MediaOptions.StorageRoot"/>).</summary>
public sealed class StorageRoot
{
    public StorageRoot(string path)
    {
        Path = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(path));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The configured root, or the default for where the service runs.</summary>
    public static StorageRoot Resolve(string? configured, string contentRoot)
    {
        var repository = FindRepository(AppContext.BaseDirectory) ?? FindRepository(contentRoot);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new StorageRoot(System.IO.Path.Combine(repository ?? contentRoot, configured));
        }

        if (Environment.GetEnvironmentVariable("AGROVET_STATE_DIR") is { Length: > 0 } state)
        {
            return new StorageRoot(System.IO.Path.Combine(state, "media"));
        }

        return new StorageRoot(System.IO.Path.Combine(repository ?? contentRoot, ".agrovet", "media"));
    }

    private static string? FindRepository(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Agrovet.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
