namespace Agrovet.Gateway.WebApp;

/// <summary>
/// Where the built web app is: <c>AGROVET_WEB_ROOT</c> when set, else <c>src/Web/dist</c> of the repository the gateway
/// runs from. <see cref="Path"/> is null when there is no build (no index.html there).
/// </summary>
public sealed record WebRoot(string? Path, string Searched)
{
    public const string Variable = "AGROVET_WEB_ROOT";
    public const string RepositoryRelativePath = "src/Web/dist";
    private const string RepositoryMarker = "Agrovet.slnx";

    public bool Exists => Path is not null;

    public static WebRoot Locate(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[Variable];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
            return new WebRoot(HasIndex(full) ? full : null, full);
        }

        var repository = FindRepositoryRoot(environment.ContentRootPath) ?? FindRepositoryRoot(AppContext.BaseDirectory);
        if (repository is null)
        {
            return new WebRoot(null, $"{RepositoryRelativePath} (no repository root found; set {Variable})");
        }

        var dist = System.IO.Path.Combine(repository, RepositoryRelativePath);
        return new WebRoot(HasIndex(dist) ? dist : null, dist);
    }

    private static bool HasIndex(string directory) => File.Exists(System.IO.Path.Combine(directory, "index.html"));

    private static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, RepositoryMarker)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
