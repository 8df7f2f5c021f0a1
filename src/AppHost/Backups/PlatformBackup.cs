using System.Diagnostics;
using System.Globalization;
using Agrovet.AppHost.Platform;
using Agrovet.LocalInfrastructure;
using StackExchange.Redis;

namespace Agrovet.AppHost.Backups;

/// <summary>
/// <c>./agrovet backup</c> and <c>./agrovet restore</c>: the same scripts as the compose profile and the Kubernetes
/// CronJob (infra/backup), run with the installed PostgreSQL client against the launcher's own cluster.
/// </summary>
public sealed class PlatformBackup(PlatformOptions options, IPlatformReporter reporter)
{
    /// <summary>
    /// Dumps every service's database and archives the media files into a new dated folder under
    /// <see cref="PlatformOptions.BackupRoot"/>, while the platform runs or, when it does not, with PostgreSQL started for it.
    /// </summary>
    public async Task<string> CreateAsync(CancellationToken cancellationToken)
    {
        // A running platform is dumped as it runs; otherwise its PostgreSQL starts for the dump and stops after.
        await using var platform = LocalPlatform.IsListening(options.PostgresPort) ? null : new LocalPlatform(options, reporter);
        if (platform is not null)
        {
            await platform.StartDataAsync(cancellationToken);
        }

        var databases = options.SelectedServices().Where(s => s.HasDatabase).Select(s => s.Database!).ToList();
        reporter.Step($"Backing up {string.Join(", ", databases)} and the media files into {options.BackupRoot}");
        Directory.CreateDirectory(options.BackupRoot);
        var environment = ClientEnvironment();
        environment["AGROVET_BACKUP_ROOT"] = options.BackupRoot;
        environment["AGROVET_BACKUP_DATABASES"] = string.Join(' ', databases);
        environment["AGROVET_BACKUP_MEDIA"] = options.MediaDirectory;
        var output = await RunScriptAsync("backup.sh", [], environment, cancellationToken);
        const string Written = "backup written to ";
        var folder = output.LastOrDefault(line => line.StartsWith(Written, StringComparison.Ordinal))?[Written.Length..]
            ?? throw new PlatformStartException("The backup script did not say where it wrote the backup.");
        reporter.Done($"Backup written to {folder}");
        return folder;
    }

    /// <summary>
    /// Brings the databases and media files back to <paramref name="folder"/> on a stopped platform (a wiped state
    /// directory too: databases and roles are created first). Redis is emptied: it holds only caches, counters and
    /// events already delivered, which would otherwise describe a later state.
    /// </summary>
    public async Task RestoreAsync(string folder, CancellationToken cancellationToken)
    {
        folder = Path.GetFullPath(folder);
        if (!File.Exists(Path.Combine(folder, "manifest")))
        {
            throw new PlatformStartException($"{folder} is not a backup (no manifest). Backups are the dated folders under {options.BackupRoot}.");
        }

        var running = options.SelectedServices().Where(s => LocalPlatform.IsListening(options.PortOf(s))).Select(s => s.Name).ToList();
        if (running.Count > 0 || LocalPlatform.IsListening(options.PostgresPort))
        {
            throw new PlatformStartException(
                $"The platform is running ({string.Join(", ", running.DefaultIfEmpty($"PostgreSQL on {options.PostgresPort}"))}). Stop it (Ctrl+C in ./agrovet up), then restore.");
        }

        await using var platform = new LocalPlatform(options, reporter);
        await platform.StartDataAsync(cancellationToken);
        reporter.Step($"Restoring from {folder}");
        var environment = ClientEnvironment();
        environment["AGROVET_BACKUP_MEDIA"] = options.MediaDirectory;
        await RunScriptAsync("restore.sh", [folder], environment, cancellationToken);
        await using (var redis = await ConnectionMultiplexer.ConnectAsync($"{platform.RedisConnectionString},allowAdmin=true"))
        {
            foreach (var server in redis.GetServers())
            {
                await server.FlushAllDatabasesAsync();
            }
        }

        reporter.Done($"Restored from {folder}; start the platform with ./agrovet up");
    }

    private Dictionary<string, string> ClientEnvironment()
    {
        var secrets = PlatformSecrets.Load(Path.Combine(options.StateDirectory, "secrets.json"));
        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = $"{ServerBinaries.PostgresBinDirectory()}:{path}",
            ["PGHOST"] = "127.0.0.1",
            ["PGPORT"] = options.PostgresPort.ToString(CultureInfo.InvariantCulture),
            ["PGUSER"] = PostgresCluster.SuperuserName,
            ["PGPASSWORD"] = secrets.PostgresSuperuserPassword,
            ["PGCONNECT_TIMEOUT"] = "10",
        };
    }

    private async Task<List<string>> RunScriptAsync(string script, IReadOnlyList<string> arguments, Dictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(options.RepoRoot, "infra", "backup", script));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new PlatformStartException($"Could not start sh for {script}.");
        var output = new List<string>();
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            output.Add(line);
            reporter.Done(line);
        }

        await process.WaitForExitAsync(cancellationToken);
        var stderr = await errors;
        if (process.ExitCode != 0)
        {
            throw new PlatformStartException($"infra/backup/{script} failed (exit {process.ExitCode}):\n{stderr.Trim()}");
        }

        return output;
    }
}
