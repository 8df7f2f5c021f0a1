using System.Text.RegularExpressions;

namespace Agrovet.LocalInfrastructure;

/// <summary>
/// Creates a cluster's data directory with initdb (superuser "postgres" with the configured password, scram-sha-256
/// authentication, UTF-8), or checks that an existing one was made by the major version of the server binaries.
/// </summary>
internal sealed partial class PostgresInitdb(PostgresClusterOptions options, string dataDirectory, string logFilePath, Action<string>? log)
{
    private const string PasswordDirectoryPrefix = "agrovet-initdb-";

    public bool IsInitialized => File.Exists(Path.Combine(dataDirectory, "PG_VERSION"));

    public async Task InitializeIfNeededAsync(string binDirectory, CancellationToken cancellationToken)
    {
        if (IsInitialized)
        {
            await EnsureMajorVersionMatchesAsync(binDirectory, cancellationToken);
            return;
        }

        await InitializeAsync(binDirectory, cancellationToken);
    }

    private async Task InitializeAsync(string binDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        if (Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            throw new InvalidOperationException(
                $"{dataDirectory} is not empty but holds no PostgreSQL cluster (no PG_VERSION). Remove it or choose another data directory.");
        }

        var account = PostgresServerAccount.Find();
        if (account is not null)
        {
            PostgresServerAccount.TakeOwnership(account, dataDirectory);
        }

        File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // initdb reads the superuser password from a file that only the server's account can read.
        RemoveAbandonedPasswordDirectories();
        var passwordDirectory = Directory.CreateTempSubdirectory(PasswordDirectoryPrefix);
        try
        {
            var passwordFile = Path.Combine(passwordDirectory.FullName, "password");
            await using (var stream = new FileStream(passwordFile, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            }))
            await using (var writer = new StreamWriter(stream))
            {
                await writer.WriteLineAsync(options.SuperuserPassword);
            }

            account?.TakeOwnership(passwordDirectory.FullName);

            List<string> command =
            [
                .. account?.RunAsPrefix() ?? [],
                Path.Combine(binDirectory, "initdb"),
                "--pgdata", dataDirectory,
                "--username", PostgresCluster.SuperuserName,
                "--pwfile", passwordFile,
                "--auth-host=scram-sha-256",
                "--auth-local=scram-sha-256",
                "--encoding=UTF8",
                $"--locale={DatabaseLocale()}",
            ];
            if (!options.Durable)
            {
                command.Add("--no-sync");
            }

            log?.Invoke($"Initializing PostgreSQL cluster in {dataDirectory}");
            var (exitCode, output) = await ServerProcess.RunAsync(command, TimeSpan.FromMinutes(2), cancellationToken);
            LogFile.Append(logFilePath, $"--- {DateTime.UtcNow:O} agrovet: initdb{Environment.NewLine}{output}");
            if (exitCode != 0)
            {
                throw new ServerStartException(
                    $"initdb failed for {dataDirectory} (exit code {exitCode}).{Environment.NewLine}{output.TrimEnd()}");
            }
        }
        finally
        {
            passwordDirectory.Delete(recursive: true);
        }
    }

    /// <summary>Password directories of initdb runs whose process was killed (initdb itself times out after 2 minutes).</summary>
    private static void RemoveAbandonedPasswordDirectories()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), PasswordDirectoryPrefix + "*"))
        {
            try
            {
                if (DateTime.UtcNow - Directory.GetCreationTimeUtc(directory) > TimeSpan.FromMinutes(10))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Someone else's, or already gone.
            }
        }
    }

    private async Task EnsureMajorVersionMatchesAsync(string binDirectory, CancellationToken cancellationToken)
    {
        var dataVersion = (await File.ReadAllTextAsync(Path.Combine(dataDirectory, "PG_VERSION"), cancellationToken)).Trim();
        var (_, output) = await ServerProcess.RunAsync([Path.Combine(binDirectory, "postgres"), "--version"], TimeSpan.FromSeconds(30), cancellationToken);
        var match = ServerVersion().Match(output);
        if (match.Success && match.Groups["major"].Value != dataVersion)
        {
            throw new InvalidOperationException(
                $"{dataDirectory} was created by PostgreSQL {dataVersion} but the server binaries in {binDirectory} are PostgreSQL " +
                $"{match.Groups["major"].Value}. Point {ServerBinaries.PostgresBinEnvironmentVariable} at PostgreSQL {dataVersion}'s bin directory, or delete the data directory.");
        }
    }

    private static string DatabaseLocale() =>
        Directory.Exists("/usr/lib/locale/C.utf8") || Directory.Exists("/usr/lib/locale/C.UTF-8") ? "C.UTF-8" : "C";

    [GeneratedRegex(@"\(PostgreSQL\) (?<major>\d+)")]
    private static partial Regex ServerVersion();
}
