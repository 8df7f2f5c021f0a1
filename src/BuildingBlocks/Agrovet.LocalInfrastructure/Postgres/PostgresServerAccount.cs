namespace Agrovet.LocalInfrastructure;

/// <summary>
/// PostgreSQL refuses to run as root: then the server (and initdb) run as the postgres system user, which must own the
/// data directory and be able to pass through every directory above it.
/// </summary>
internal static class PostgresServerAccount
{
    /// <summary>The postgres account when this process is root; null when the server runs as this process's user.</summary>
    public static SystemAccount? Find()
    {
        if (!SystemAccount.CurrentProcessIsRoot)
        {
            return null;
        }

        return SystemAccount.Find("postgres") ?? throw new MissingServerBinariesException(
            "Running as root, but there is no postgres system user to run PostgreSQL as (PostgreSQL refuses to run as root). " +
            $"Install the server, which creates it, with: sudo apt-get install -y {ServerBinaries.PostgresPackage}",
            ServerBinaries.PostgresPackage);
    }

    /// <summary>Gives <paramref name="dataDirectory"/> to <paramref name="account"/>, after checking it can reach it.</summary>
    public static void TakeOwnership(SystemAccount account, string dataDirectory)
    {
        for (var parent = Path.GetDirectoryName(dataDirectory); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if ((File.GetUnixFileMode(parent) & UnixFileMode.OtherExecute) == 0)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL runs as the postgres user (this process is root) and cannot reach {dataDirectory}: {parent} is closed to other users. " +
                    $"Put the data directory elsewhere, or open the directory with: chmod o+x {parent}");
            }
        }

        account.TakeOwnership(dataDirectory);
    }
}
