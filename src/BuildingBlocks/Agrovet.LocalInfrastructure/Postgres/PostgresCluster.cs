using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace Agrovet.LocalInfrastructure;

/// <summary>
/// A private PostgreSQL cluster run from the installed server binaries: initdb once (<see cref="PostgresInitdb"/>), then
/// the postgres process as a child of this process, listening on 127.0.0.1 only (its lifecycle is
/// <see cref="LocalServer"/>'s), and the databases and roles of the services (<see cref="PostgresAdministration"/>).
/// When this process is root, the server runs as the postgres system user (PostgreSQL refuses to run as root) and owns
/// the data directory.
/// </summary>
public sealed class PostgresCluster : LocalServer
{
    public const string SuperuserName = "postgres";
    private const string MaintenanceDatabase = "postgres";

    // Unix socket paths are limited to 107 bytes; longer data directories get no socket (TCP is what we use anyway).
    private const int MaxSocketDirectoryLength = 90;

    // Fast shutdown (SIGINT), then immediate shutdown (SIGQUIT), then SIGKILL.
    private static readonly ServerKind Kind = new(
        "PostgreSQL", "postgres", PostmasterPidFile.FileName,
        ReadPid: pidFile => PostmasterPidFile.ReadPid(Path.GetDirectoryName(pidFile)!),
        IsServerOf: PostmasterPidFile.IsPostmasterOf,
        NativeMethods.SIGINT, "INT", NativeMethods.SIGQUIT);

    private readonly PostgresClusterOptions _options;
    private readonly PostgresInitdb _initdb;
    private readonly PostgresAdministration _administration;

    public PostgresCluster(PostgresClusterOptions options)
        : base(Kind, FullDataDirectory(options), LogFilePathOf(options), options.Port, options.StartTimeout, options.StopWhenProcessExits, options.Log)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.SuperuserPassword);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535);

        _options = options;
        _initdb = new PostgresInitdb(options, DataDirectory, LogFilePath, options.Log);
        _administration = new PostgresAdministration(token => OpenSuperuserConnectionAsync(cancellationToken: token), MaintenanceDatabase);
    }

    public bool IsInitialized => _initdb.IsInitialized;

    private protected override string ReadyMeans => "accept connections";

    private protected override TimeSpan ProbeInterval => TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Creates the cluster with initdb when the data directory has none: superuser "postgres" with
    /// <see cref="PostgresClusterOptions.SuperuserPassword"/>, scram-sha-256 authentication, UTF-8.
    /// </summary>
    public Task InitializeIfNeededAsync(CancellationToken cancellationToken = default) =>
        ExclusivelyAsync(() => _initdb.InitializeIfNeededAsync(BinDirectory(), cancellationToken), cancellationToken);

    /// <summary>
    /// Stops a PostgreSQL server that an earlier process left running on <paramref name="dataDirectory"/> (per its
    /// postmaster.pid) and removes a postmaster.pid whose process is gone. <see cref="LocalServer.StartAsync"/> does
    /// this itself; this is for clean-up of directories no one will start again.
    /// </summary>
    public static Task StopLeftoverServerAsync(
        string dataDirectory, Action<string>? log = null, CancellationToken cancellationToken = default) =>
        StopLeftoverAsync(Kind, Path.GetFullPath(dataDirectory), log, cancellationToken);

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

        await _administration.EnsureDatabaseAsync(database, role, password, cancellationToken);
        Log($"Database {database} is ready for role {role}");
    }

    /// <summary>Drops the database if it exists, closing its open connections.</summary>
    public async Task DropDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        PostgresIdentifiers.ValidateDatabase(database);
        await _administration.DropDatabaseAsync(database, cancellationToken);
    }

    /// <summary>Drops the role if it exists (it must own no database any more).</summary>
    public async Task DropRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        PostgresIdentifiers.ValidateRole(role);
        await _administration.DropRoleAsync(role, cancellationToken);
    }

    private protected override async Task<IReadOnlyList<string>> PrepareStartAsync(CancellationToken cancellationToken)
    {
        if (!IsInitialized)
        {
            throw new InvalidOperationException($"{DataDirectory} holds no PostgreSQL cluster; call {nameof(InitializeIfNeededAsync)} first.");
        }

        var binDirectory = BinDirectory();
        await StopLeftoverAsync(cancellationToken);
        var account = PostgresServerAccount.Find();
        if (account is not null)
        {
            PostgresServerAccount.TakeOwnership(account, DataDirectory);
        }

        return ServerCommand(binDirectory, account);
    }

    /// <summary>Ready when it accepts the superuser, and serves this data directory (not another cluster on the port).</summary>
    private protected override async Task<bool> ProbeAsync(ServerProcess starting, CancellationToken cancellationToken)
    {
        string? servedDirectory;
        try
        {
            await using var connection = await OpenSuperuserConnectionAsync(cancellationToken: cancellationToken);
            await using var command = new NpgsqlCommand("SELECT current_setting('data_directory')", connection);
            servedDirectory = (string?)await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException or IOException)
        {
            return false;
        }

        if (servedDirectory is null)
        {
            return false;
        }

        return ProcessInspection.RealPath(servedDirectory) == ProcessInspection.RealPath(DataDirectory)
            ? true
            : throw new ServerStartException($"Port {Port} on 127.0.0.1 is already served by another PostgreSQL (data directory {servedDirectory}).");
    }

    private protected override void DisposeResources() => _administration.Dispose();

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

    private string BinDirectory() => _options.BinDirectory ?? ServerBinaries.PostgresBinDirectory();

    private static string FullDataDirectory(PostgresClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataDirectory);
        return Path.GetFullPath(options.DataDirectory);
    }

    private static string LogFilePathOf(PostgresClusterOptions options) =>
        Path.GetFullPath(options.LogFile ?? FullDataDirectory(options).TrimEnd('/') + ".log");
}
