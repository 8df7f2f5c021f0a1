using Npgsql;

namespace Agrovet.EventBus.Tests;

public sealed class RelayLeadership(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    [Fact]
    public async Task One_relay_per_database_publishes_and_a_standby_takes_over_when_it_stops()
    {
        var first = await StartServiceAsync(new ServiceHostSpec("auth-1") { Consumer = false });
        await RegisterAsync(first, NewAccounts(10));
        await UntilStreamLengthAsync(10);

        var second = await StartServiceAsync(new ServiceHostSpec("auth-2") { Consumer = false });
        await RegisterAsync(second, NewAccounts(10));
        await UntilStreamLengthAsync(20);
        Assert.Equal(1, await RelayLocksHeldAsync());

        await first.StopAsync();
        await RegisterAsync(second, NewAccounts(10));
        await UntilStreamLengthAsync(30);
        Assert.Equal(30, await Redis.StreamLengthAsync(UserStream));
    }

    private Task UntilStreamLengthAsync(long length) =>
        Poll.UntilAsync(async () => await Redis.StreamLengthAsync(UserStream) >= length, Patience, $"{length} published events", Ct);

    private async Task<long> RelayLocksHeldAsync()
    {
        await using var connection = await Infrastructure.Postgres.OpenSuperuserConnectionAsync(cancellationToken: Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database " +
            "WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted AND d.datname = $1",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = new NpgsqlConnectionStringBuilder(Postgres).Database });
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
