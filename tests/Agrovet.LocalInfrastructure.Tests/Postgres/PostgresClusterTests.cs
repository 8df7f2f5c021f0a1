using Npgsql;

namespace Agrovet.LocalInfrastructure.Tests;

public sealed class PostgresClusterTests(ThrowawayCluster throwaway) : IClassFixture<ThrowawayCluster>
{
    private readonly PostgresCluster _cluster = throwaway.Cluster;

    [Fact]
    public async Task A_started_cluster_accepts_the_superuser_on_loopback_only()
    {
        await using var connection = await _cluster.OpenSuperuserConnectionAsync(cancellationToken: Ct);

        Assert.Equal("127.0.0.1", await ScalarAsync(connection, "SELECT current_setting('listen_addresses')"));
        Assert.Equal("127.0.0.1/32", await ScalarAsync(connection, "SELECT inet_server_addr()::text"));
        Assert.NotNull(_cluster.ProcessId);
        Assert.True(ProcessSignals.IsAlive(_cluster.ProcessId.Value));
    }

    [Fact]
    public async Task A_throwaway_cluster_trades_durability_for_speed()
    {
        await using var connection = await _cluster.OpenSuperuserConnectionAsync(cancellationToken: Ct);

        Assert.Equal("off", await ScalarAsync(connection, "SHOW fsync"));
        Assert.Equal("off", await ScalarAsync(connection, "SHOW synchronous_commit"));
        Assert.Equal("off", await ScalarAsync(connection, "SHOW full_page_writes"));
    }

    [Fact]
    public async Task Ensuring_a_database_twice_keeps_its_data_and_applies_the_new_password()
    {
        await _cluster.EnsureDatabaseAsync("orders_db", "orders", "first-password", Ct);
        await using (var first = await OpenAsync(_cluster.ConnectionString("orders_db", "orders", "first-password")))
        {
            await ScalarAsync(first, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (7); SELECT 'done'");
        }

        await _cluster.EnsureDatabaseAsync("orders_db", "orders", "second-password", Ct);

        var oldPassword = await Assert.ThrowsAsync<PostgresException>(
            () => OpenAsync(_cluster.ConnectionString("orders_db", "orders", "first-password")));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, oldPassword.SqlState);
        await using var second = await OpenAsync(_cluster.ConnectionString("orders_db", "orders", "second-password"));
        Assert.Equal("7", await ScalarAsync(second, "SELECT id::text FROM kept"));
        Assert.Equal("orders", await ScalarAsync(second, "SELECT pg_get_userbyid(datdba)::text FROM pg_database WHERE datname = 'orders_db'"));
    }

    [Fact]
    public async Task A_role_cannot_connect_to_another_roles_database()
    {
        await _cluster.EnsureDatabaseAsync("alpha_db", "alpha", "alpha-password", Ct);
        await _cluster.EnsureDatabaseAsync("beta_db", "beta", "beta-password", Ct);

        var intoBeta = await Assert.ThrowsAsync<PostgresException>(
            () => OpenAsync(_cluster.ConnectionString("beta_db", "alpha", "alpha-password")));
        var intoMaintenance = await Assert.ThrowsAsync<PostgresException>(
            () => OpenAsync(_cluster.ConnectionString("postgres", "alpha", "alpha-password")));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, intoBeta.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, intoMaintenance.SqlState);
        await using var own = await OpenAsync(_cluster.ConnectionString("alpha_db", "alpha", "alpha-password"));
        Assert.Equal("alpha_db", await ScalarAsync(own, "SELECT current_database()"));
    }

    [Fact]
    public async Task Dropping_a_database_closes_its_connections_and_removes_it()
    {
        await _cluster.EnsureDatabaseAsync("doomed_db", "doomed", "doomed-password", Ct);
        await using var open = await OpenAsync(_cluster.ConnectionString("doomed_db", "doomed", "doomed-password"));

        await _cluster.DropDatabaseAsync("doomed_db", Ct);
        await _cluster.DropRoleAsync("doomed", Ct);

        await using var connection = await _cluster.OpenSuperuserConnectionAsync(cancellationToken: Ct);
        Assert.Equal("0", await ScalarAsync(connection, "SELECT count(*)::text FROM pg_database WHERE datname = 'doomed_db'"));
    }

    [Theory]
    [InlineData("Orders")]
    [InlineData("orders; DROP ROLE x")]
    [InlineData("postgres")]
    public async Task Unsafe_or_reserved_names_are_refused(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _cluster.EnsureDatabaseAsync(name, "someone", "password", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _cluster.EnsureDatabaseAsync("some_db", name, "password", Ct));
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        try
        {
            await connection.OpenAsync(Ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync(Ct))?.ToString();
    }
}
