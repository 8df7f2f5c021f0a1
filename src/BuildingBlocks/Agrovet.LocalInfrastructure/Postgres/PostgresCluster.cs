using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Agrovet.LocalInfrastructure;

/// <summary>
/// A private PostgreSQL cluster run from the installed server binaries: initdb once, then the postgres process as a
/// child of this process, listening on 127.0.0.1 only. When this process is root, the server runs as the postgres
/// system user (PostgreSQL refuses to run as root) and owns the data directory.
/// </summary>
public sealed partial class PostgresCluster : IAsyncDisposable
{
    public const string SuperuserName = "postgres";
    private const string MaintenanceDatabase = "postgres";
    private const string PasswordDirectoryPrefix = "agrovet-initdb-";

    // Unix socket paths are limited to 107 bytes; longer data directories get no socket (TCP is what we use anyway).
    private const int MaxSocketDirectoryLength = 90;

    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(10);

    private readonly PostgresClusterOptions _options;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);

    // Concurrent GRANT/REVOKE/ALTER on one catalog row fails with "tuple concurrently updated": one at a time.
    private readonly SemaphoreSlim _administration = new(1, 1);
    private ServerProcess? _server;

    public PostgresCluster(PostgresClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        ArgumentException.ThrowIfNullOrEmpty(options.SuperuserPassword);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535);

        _options = options;
        DataDirectory = Path.GetFullPath(_options.DataDirectory);
        LogFilePath = Path.GetFullPath(_options.LogFile ?? DataDirectory.TrimEnd('/') + ".log");
    }

    public string DataDirectory { get; }

    public string LogFilePath { get; }

    public int Port => _options.Port;

    /// <summary>The postmaster's pid while the server this instance started is running.</summary>
    public int? ProcessId => _server is { HasExited: false } running ? running.Id : null;

    public bool IsInitialized => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    /// <summary>
    /// Creates the cluster with initdb when the data directory has none: superuser "postgres" with
    /// <see cref="PostgresClusterOptions.SuperuserPassword"/>, scram-sha-256 authentication, UTF-8.
    /// </summary>
    public async Task InitializeIfNeededAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            var binDirectory = BinDirectory();
            if (IsInitialized)
            {
                await EnsureMajorVersionMatchesAsync(binDirectory, cancellationToken);
                return;
            }

            await InitializeAsync(binDirectory, cancellationToken);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// Starts the postgres process and waits until it accepts connections. A server left running on this data
    /// directory by an earlier process is stopped first; a stale postmaster.pid is removed.
    /// </summary>
    /// <exception cref="ServerStartException">The server exited or did not become ready; the message has the log tail.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (_server is { HasExited: false })
            {
                return;
            }

            _server?.Dispose();
            _server = null;

            if (!IsInitialized)
            {
                throw new InvalidOperationException($"{DataDirectory} holds no PostgreSQL cluster; call {nameof(InitializeIfNeededAsync)} first.");
            }

            var binDirectory = BinDirectory();
            await StopLeftoverServerCoreAsync(DataDirectory, _options.Log, cancellationToken);
            var account = ServerAccount();
            if (account is not null)
            {
                EnsureReachableByOthers(DataDirectory);
                account.TakeOwnership(DataDirectory);
            }

            Log($"Starting PostgreSQL on 127.0.0.1:{Port} (data {DataDirectory}, log {LogFilePath})");
            LogFile.Append(LogFilePath, $"--- {DateTime.UtcNow:O} agrovet: starting postgres on 127.0.0.1:{Port}{Environment.NewLine}");
            _server = ServerProcess.Start(ServerCommand(binDirectory, account), LogFilePath, "/");
            if (_options.StopWhenProcessExits is { } ownerPid)
            {
                _server.StopWhenProcessExits(ownerPid, "INT");
            }

            try
            {
                await WaitUntilReadyAsync(_server, cancellationToken);
            }
            catch
            {
                await _server.StopAsync(NativeMethods.SIGINT, StopGracePeriod, NativeMethods.SIGQUIT, CancellationToken.None);
                _server.Dispose();
                _server = null;
                throw;
            }

            Log($"PostgreSQL is ready on 127.0.0.1:{Port} (pid {_server.Id})");
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Fast shutdown (SIGINT) and wait; immediate shutdown, then SIGKILL, if it has not stopped after 10 s.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken);
        try
        {
            if (_server is null)
            {
                return;
            }

            Log($"Stopping PostgreSQL on 127.0.0.1:{Port} (pid {_server.Id})");
            await _server.StopAsync(NativeMethods.SIGINT, StopGracePeriod, NativeMethods.SIGQUIT, cancellationToken);
            _server.Dispose();
            _server = null;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>
    /// Stops a PostgreSQL server that an earlier process left running on <paramref name="dataDirectory"/> (per its
    /// postmaster.pid) and removes a postmaster.pid whose process is gone. <see cref="StartAsync"/> does this itself;
    /// this is for clean-up of directories no one will start again.
    /// </summary>
    public static Task StopLeftoverServerAsync(
        string dataDirectory, Action<string>? log = null, CancellationToken cancellationToken = default) =>
        StopLeftoverServerCoreAsync(Path.GetFullPath(dataDirectory), log, cancellationToken);

    public string ConnectionString(string database, string user, string password) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Database = database,
            Username = user,
            Password = password,
        }.ConnectionString;

    public string SuperuserConnectionString(string database = MaintenanceDatabase) =>
        ConnectionString(database, SuperuserName, _options.SuperuserPassword);

    /// <summary>An open, unpooled connection as the superuser.</summary>
    public async Task<NpgsqlConnection> OpenSuperuserConnectionAsync(
        string database = MaintenanceDatabase, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(SuperuserConnectionString(database))
        {
            Pooling = false,
            Timeout = 5,
        }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Makes sure the login role exists with this password and owns the database, and that only it (and the
    /// superuser) may connect to the database. Safe to call again; an existing role gets the new password.
    /// </summary>
    public async Task EnsureDatabaseAsync(string database, string role, string password, CancellationToken cancellationToken = default)
    {
        PostgresIdentifiers.ValidateDatabase(database);
        PostgresIdentifiers.ValidateRole(role);
        ArgumentException.ThrowIfNullOrEmpty(password);

        await _administration.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenSuperuserConnectionAsync(cancellationToken: cancellationToken);
            await EnsureRoleAsync(connection, role, password, cancellationToken);
            await EnsureOwnedDatabaseAsync(connection, database, role, cancellationToken);

            // A role opens only its own database: PUBLIC may not connect here, nor to the maintenance databases.
            foreach (var closed in new[] { database, MaintenanceDatabase, "template1" })
            {
                if (await ExistsAsync(connection, "SELECT 1 WHERE has_database_privilege('public', $1, 'CONNECT')", closed, cancellationToken))
                {
                    await ExecuteFormattedAsync(connection, "REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC", [closed], cancellationToken);
                }
            }
        }
        finally
        {
            _administration.Release();
        }

        Log($"Database {database} is ready for role {role}");
    }

    /// <summary>Drops the database if it exists, closing its open connections.</summary>
    public async Task DropDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        PostgresIdentifiers.ValidateDatabase(database);
        await AdministerAsync("DROP DATABASE IF EXISTS %I WITH (FORCE)", database, cancellationToken);
    }

    /// <summary>Drops the role if it exists (it must own no database any more).</summary>
    public async Task DropRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        PostgresIdentifiers.ValidateRole(role);
        await AdministerAsync("DROP ROLE IF EXISTS %I", role, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _lifecycle.Dispose();
        _administration.Dispose();
    }

    private async Task AdministerAsync(string template, string name, CancellationToken cancellationToken)
    {
        await _administration.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenSuperuserConnectionAsync(cancellationToken: cancellationToken);
            await ExecuteFormattedAsync(connection, template, [name], cancellationToken);
        }
        finally
        {
            _administration.Release();
        }
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection connection, string role, string password, CancellationToken cancellationToken)
    {
        const string RoleOptions = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L";
        var verb = await ExistsAsync(connection, "SELECT 1 FROM pg_roles WHERE rolname = $1", role, cancellationToken) ? "ALTER" : "CREATE";
        await ExecuteFormattedAsync(connection, $"{verb} ROLE %I {RoleOptions}", [role, password], cancellationToken);
    }

    private static async Task EnsureOwnedDatabaseAsync(NpgsqlConnection connection, string database, string role, CancellationToken cancellationToken)
    {
        var owner = await ScalarAsync<string>(connection,
            "SELECT pg_get_userbyid(datdba)::text FROM pg_database WHERE datname = $1", [database], cancellationToken);
        if (owner is null)
        {
            await ExecuteFormattedAsync(connection, "CREATE DATABASE %I OWNER %I ENCODING 'UTF8' TEMPLATE template0", [database, role], cancellationToken);
        }
        else if (owner != role)
        {
            await ExecuteFormattedAsync(connection, "ALTER DATABASE %I OWNER TO %I", [database, role], cancellationToken);
        }
    }

    private async Task InitializeAsync(string binDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        if (Directory.EnumerateFileSystemEntries(DataDirectory).Any())
        {
            throw new InvalidOperationException(
                $"{DataDirectory} is not empty but holds no PostgreSQL cluster (no PG_VERSION). Remove it or choose another data directory.");
        }

        var account = ServerAccount();
        if (account is not null)
        {
            EnsureReachableByOthers(DataDirectory);
            account.TakeOwnership(DataDirectory);
        }

        File.SetUnixFileMode(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

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
                await writer.WriteLineAsync(_options.SuperuserPassword);
            }

            account?.TakeOwnership(passwordDirectory.FullName);

            List<string> command =
            [
                .. account?.RunAsPrefix() ?? [],
                Path.Combine(binDirectory, "initdb"),
                "--pgdata", DataDirectory,
                "--username", SuperuserName,
                "--pwfile", passwordFile,
                "--auth-host=scram-sha-256",
                "--auth-local=scram-sha-256",
                "--encoding=UTF8",
                $"--locale={DatabaseLocale()}",
            ];
            if (!_options.Durable)
            {
                command.Add("--no-sync");
            }

            Log($"Initializing PostgreSQL cluster in {DataDirectory}");
            var (exitCode, output) = await ServerProcess.RunAsync(command, TimeSpan.FromMinutes(2), cancellationToken);
            LogFile.Append(LogFilePath, $"--- {DateTime.UtcNow:O} agrovet: initdb{Environment.NewLine}{output}");
            if (exitCode != 0)
            {
                throw new ServerStartException(
                    $"initdb failed for {DataDirectory} (exit code {exitCode}).{Environment.NewLine}{output.TrimEnd()}");
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
        var dataVersion = (await File.ReadAllTextAsync(Path.Combine(DataDirectory, "PG_VERSION"), cancellationToken)).Trim();
        var (_, output) = await ServerProcess.RunAsync([Path.Combine(binDirectory, "postgres"), "--version"], TimeSpan.FromSeconds(30), cancellationToken);
        var match = ServerVersion().Match(output);
        if (match.Success && match.Groups["major"].Value != dataVersion)
        {
            throw new InvalidOperationException(
                $"{DataDirectory} was created by PostgreSQL {dataVersion} but the _server binaries in {binDirectory} are PostgreSQL " +
                $"{match.Groups["major"].Value}. Point {ServerBinaries.PostgresBinEnvironmentVariable} at PostgreSQL {dataVersion}'s bin directory, or delete the data directory.");
        }
    }

    private List<string> ServerCommand(string binDirectory, SystemAccount? account)
    {
        var dataDirectory = ProcessInspection.RealPath(DataDirectory);
        var socketDirectory = dataDirectory.Length <= MaxSocketDirectoryLength ? dataDirectory : string.Empty;
        var settings = new Dictionary<string, string>
        {
            ["listen_addresses"] = "127.0.0.1",
            ["port"] = Port.ToString(CultureInfo.InvariantCulture),
            ["unix_socket_directories"] = socketDirectory,
            ["logging_collector"] = "off",
        };
        if (!_options.Durable)
        {
            settings["fsync"] = "off";
            settings["synchronous_commit"] = "off";
            settings["full_page_writes"] = "off";
        }

        foreach (var (name, value) in _options.Settings)
        {
            settings[name] = value;
        }

        List<string> command = [.. account?.RunAsPrefix() ?? [], Path.Combine(binDirectory, "postgres"), "-D", dataDirectory];
        foreach (var (name, value) in settings)
        {
            command.Add("-c");
            command.Add($"{name}={value}");
        }

        return command;
    }

    private async Task WaitUntilReadyAsync(ServerProcess starting, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + _options.StartTimeout;
        var realDataDirectory = ProcessInspection.RealPath(DataDirectory);
        while (true)
        {
            if (starting.HasExited)
            {
                throw new ServerStartException(
                    $"PostgreSQL exited while starting on 127.0.0.1:{Port} (data {DataDirectory}){PortHint()}.{Environment.NewLine}{LogFile.Tail(LogFilePath)}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new ServerStartException(
                    $"PostgreSQL did not accept connections on 127.0.0.1:{Port} within {_options.StartTimeout.TotalSeconds:0} s.{Environment.NewLine}{LogFile.Tail(LogFilePath)}");
            }

            string? servedDirectory = null;
            try
            {
                await using var connection = await OpenSuperuserConnectionAsync(cancellationToken: cancellationToken);
                await using var command = new NpgsqlCommand("SELECT current_setting('data_directory')", connection);
                servedDirectory = (string?)await command.ExecuteScalarAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException or IOException)
            {
                // Not accepting connections yet.
            }

            if (servedDirectory is not null)
            {
                if (ProcessInspection.RealPath(servedDirectory) == realDataDirectory)
                {
                    return;
                }

                throw new ServerStartException(
                    $"Port {Port} on 127.0.0.1 is already served by another PostgreSQL (data directory {servedDirectory}).");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private string PortHint() =>
        LogFile.Tail(LogFilePath).Contains("Address already in use", StringComparison.Ordinal)
            ? $": port {Port} is already in use"
            : string.Empty;

    private static async Task StopLeftoverServerCoreAsync(string dataDirectory, Action<string>? log, CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(dataDirectory, PostmasterPidFile.FileName);
        if (!File.Exists(pidFile))
        {
            return;
        }

        if (PostmasterPidFile.ReadPid(dataDirectory) is { } leftPid)
        {
            switch (PostmasterPidFile.IsPostmasterOf(leftPid, dataDirectory))
            {
                case true:
                    log?.Invoke($"Stopping PostgreSQL (pid {leftPid}) left running on {dataDirectory} by an earlier run");
                    await StopForeignPostmasterAsync(leftPid, cancellationToken);
                    break;
                case null:
                    throw new InvalidOperationException(
                        $"A PostgreSQL process (pid {leftPid}) may still be running on {dataDirectory} and could not be inspected; stop it first.");
            }
        }

        if (File.Exists(pidFile))
        {
            log?.Invoke($"Removing stale {PostmasterPidFile.FileName} from {dataDirectory}");
            File.Delete(pidFile);
        }
    }

    private static async Task StopForeignPostmasterAsync(int pid, CancellationToken cancellationToken)
    {
        ProcessSignals.Interrupt(pid);
        if (await ProcessSignals.WaitForExitAsync(pid, StopGracePeriod, cancellationToken))
        {
            return;
        }

        ProcessSignals.Quit(pid);
        if (await ProcessSignals.WaitForExitAsync(pid, TimeSpan.FromSeconds(5), cancellationToken))
        {
            return;
        }

        ProcessSignals.Kill(pid);
        await ProcessSignals.WaitForExitAsync(pid, TimeSpan.FromSeconds(5), cancellationToken);
    }

    /// <summary>As root the server runs as the postgres user, which must be able to pass through every parent directory.</summary>
    private static void EnsureReachableByOthers(string dataDirectory)
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
    }

    private string BinDirectory() => _options.BinDirectory ?? ServerBinaries.PostgresBinDirectory();

    private static SystemAccount? ServerAccount()
    {
        if (!SystemAccount.CurrentProcessIsRoot)
        {
            return null;
        }

        return SystemAccount.Find("postgres") ?? throw new MissingServerBinariesException(
            "Running as root, but there is no postgres system user to run PostgreSQL as (PostgreSQL refuses to run as root). " +
            $"Install the _server, which creates it, with: sudo apt-get install -y {ServerBinaries.PostgresPackage}",
            ServerBinaries.PostgresPackage);
    }

    private static string DatabaseLocale() =>
        Directory.Exists("/usr/lib/locale/C.utf8") || Directory.Exists("/usr/lib/locale/C.UTF-8") ? "C.UTF-8" : "C";

    private void Log(string message) => _options.Log?.Invoke(message);

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string sql, string value, CancellationToken cancellationToken) =>
        await ScalarAsync<int?>(connection, sql, [value], cancellationToken) is not null;

    private static async Task<T?> ScalarAsync<T>(NpgsqlConnection connection, string sql, string[] values, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? default : (T)result;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Builds a statement with the server's format() (%I identifiers, %L literals) and runs it.</summary>
    private static async Task ExecuteFormattedAsync(
        NpgsqlConnection connection, string template, string[] values, CancellationToken cancellationToken)
    {
        var placeholders = string.Concat(values.Select((_, index) => $", ${index + 2}::text"));
        var statement = await ScalarAsync<string>(connection, $"SELECT format($1::text{placeholders})", [template, .. values], cancellationToken)
            ?? throw new InvalidOperationException($"format() returned nothing for {template}.");
        await ExecuteAsync(connection, statement, cancellationToken);
    }

    [GeneratedRegex(@"\(PostgreSQL\) (?<major>\d+)")]
    private static partial Regex ServerVersion();
}
