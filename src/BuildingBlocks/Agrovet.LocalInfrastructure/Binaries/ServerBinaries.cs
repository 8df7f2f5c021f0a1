using System.Globalization;

namespace Agrovet.LocalInfrastructure;

/// <summary>Finds the installed PostgreSQL and Redis server programs.</summary>
public static class ServerBinaries
{
    public const string PostgresBinEnvironmentVariable = "AGROVET_PG_BIN";
    public const string RedisServerEnvironmentVariable = "AGROVET_REDIS_SERVER";
    public const string PostgresPackage = "postgresql";
    public const string RedisPackage = "redis-server";

    internal const string PostgresInstallRoot = "/usr/lib/postgresql";
    internal const string RedisFallbackLocation = "/usr/bin/redis-server";

    /// <summary>
    /// The PostgreSQL bin directory (holding initdb and postgres): <c>AGROVET_PG_BIN</c> when set, else the newest
    /// <c>/usr/lib/postgresql/*/bin</c>.
    /// </summary>
    /// <exception cref="MissingServerBinariesException">No usable directory was found.</exception>
    public static string PostgresBinDirectory() =>
        PostgresBinDirectory(Environment.GetEnvironmentVariable(PostgresBinEnvironmentVariable), PostgresInstallRoot);

    /// <summary>
    /// The redis-server program: <c>AGROVET_REDIS_SERVER</c> when set, else redis-server on PATH, else /usr/bin/redis-server.
    /// </summary>
    /// <exception cref="MissingServerBinariesException">redis-server was not found.</exception>
    public static string RedisServerPath() =>
        RedisServerPath(
            Environment.GetEnvironmentVariable(RedisServerEnvironmentVariable),
            Environment.GetEnvironmentVariable("PATH"),
            RedisFallbackLocation);

    public static bool ArePostgresBinariesInstalled()
    {
        try
        {
            PostgresBinDirectory();
            return true;
        }
        catch (MissingServerBinariesException)
        {
            return false;
        }
    }

    public static bool IsRedisServerInstalled()
    {
        try
        {
            RedisServerPath();
            return true;
        }
        catch (MissingServerBinariesException)
        {
            return false;
        }
    }

    internal static string PostgresBinDirectory(string? configuredDirectory, string installRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredDirectory))
        {
            if (HasPostgresPrograms(configuredDirectory))
            {
                return Path.GetFullPath(configuredDirectory);
            }

            throw new MissingServerBinariesException(
                $"PostgreSQL server binaries not found in {PostgresBinEnvironmentVariable}={configuredDirectory} (it needs initdb and postgres). " +
                $"Point it at a PostgreSQL bin directory, or unset it and install them with: sudo apt-get install -y {PostgresPackage}",
                PostgresPackage);
        }

        var newest = Directory.Exists(installRoot)
            ? Directory.EnumerateDirectories(installRoot)
                .Select(versionDirectory => (Version: ParseVersion(Path.GetFileName(versionDirectory)), Bin: Path.Combine(versionDirectory, "bin")))
                .Where(candidate => candidate.Version is not null && HasPostgresPrograms(candidate.Bin))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;

        return newest ?? throw new MissingServerBinariesException(
            $"PostgreSQL server binaries not found (looked in {installRoot}/*/bin). Install them with: sudo apt-get install -y {PostgresPackage}",
            PostgresPackage);
    }

    internal static string RedisServerPath(string? configuredPath, string? searchPath, string fallbackLocation)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            if (IsExecutableFile(configuredPath))
            {
                return Path.GetFullPath(configuredPath);
            }

            throw new MissingServerBinariesException(
                $"redis-server not found at {RedisServerEnvironmentVariable}={configuredPath}. " +
                $"Point it at a redis-server program, or unset it and install it with: sudo apt-get install -y {RedisPackage}",
                RedisPackage);
        }

        var candidates = (searchPath ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "redis-server"))
            .Append(fallbackLocation);

        return candidates.FirstOrDefault(IsExecutableFile) ?? throw new MissingServerBinariesException(
            $"redis-server not found (looked on PATH and at {fallbackLocation}). Install it with: sudo apt-get install -y {RedisPackage}",
            RedisPackage);
    }

    private static bool HasPostgresPrograms(string binDirectory) =>
        IsExecutableFile(Path.Combine(binDirectory, "initdb")) && IsExecutableFile(Path.Combine(binDirectory, "postgres"));

    private static bool IsExecutableFile(string path) =>
        File.Exists(path) &&
        (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;

    private static Version? ParseVersion(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            return new Version(major, 0);
        }

        return Version.TryParse(name, out var version) ? version : null;
    }
}
