using Npgsql;

namespace Agrovet.LocalInfrastructure;

/// <summary>
/// Databases, login roles and who may connect where, administered as the superuser over connections that
/// <paramref name="openSuperuser"/> opens. Statements are built by the server's format() (%I identifiers, %L literals).
/// </summary>
internal sealed class PostgresAdministration(Func<CancellationToken, Task<NpgsqlConnection>> openSuperuser, string maintenanceDatabase) : IDisposable
{
    // Concurrent GRANT/REVOKE/ALTER on one catalog row fails with "tuple concurrently updated": one at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Makes sure the login role exists with this password and owns the database, and that only it (and the
    /// superuser) may connect to the database.
    /// </summary>
    public async Task EnsureDatabaseAsync(string database, string role, string password, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await openSuperuser(cancellationToken);
            await EnsureRoleAsync(connection, role, password, cancellationToken);
            await EnsureOwnedDatabaseAsync(connection, database, role, cancellationToken);

            // A role opens only its own database: PUBLIC may not connect here, nor to the maintenance databases.
            foreach (var closed in new[] { database, maintenanceDatabase, "template1" })
            {
                if (await ExistsAsync(connection, "SELECT 1 WHERE has_database_privilege('public', $1, 'CONNECT')", closed, cancellationToken))
                {
                    await ExecuteFormattedAsync(connection, "REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC", [closed], cancellationToken);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task DropDatabaseAsync(string database, CancellationToken cancellationToken) =>
        AdministerAsync("DROP DATABASE IF EXISTS %I WITH (FORCE)", database, cancellationToken);

    public Task DropRoleAsync(string role, CancellationToken cancellationToken) =>
        AdministerAsync("DROP ROLE IF EXISTS %I", role, cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task AdministerAsync(string template, string name, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await openSuperuser(cancellationToken);
            await ExecuteFormattedAsync(connection, template, [name], cancellationToken);
        }
        finally
        {
            _gate.Release();
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

    /// <summary>Builds a statement with the server's format() (%I identifiers, %L literals) and runs it.</summary>
    private static async Task ExecuteFormattedAsync(
        NpgsqlConnection connection, string template, string[] values, CancellationToken cancellationToken)
    {
        var placeholders = string.Concat(values.Select((_, index) => $", ${index + 2}::text"));
        var statement = await ScalarAsync<string>(connection, $"SELECT format($1::text{placeholders})", [template, .. values], cancellationToken)
            ?? throw new InvalidOperationException($"format() returned nothing for {template}.");
        await using var command = new NpgsqlCommand(statement, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
