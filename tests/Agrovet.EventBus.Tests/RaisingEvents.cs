using System.Text.Json;
using Agrovet.Contracts.Users;
using Agrovet.EventBus.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Agrovet.EventBus.Tests;

public class RaisingEvents(TestInfrastructureAssemblyFixture fixture) : EventBusTest(fixture)
{
    [Fact]
    public async Task An_event_whose_transaction_rolls_back_is_neither_stored_nor_published()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("auth"));
        var rolledBack = NewAccounts(3);
        var committed = NewAccounts(1);

        await RegisterAsync(service, rolledBack, commit: false);
        await RegisterAsync(service, committed);
        await UntilCopiesAsync(1);

        Assert.Equal([committed[0].Username], (await OutboxAsync()).Select(UsernameOf));
        Assert.Equal(1, await Redis.StreamLengthAsync(UserStream));
        await using var db = NewDbContext();
        Assert.Equal([committed[0].Username], await db.AccountCopies.Select(c => c.Username).ToListAsync(Ct));
    }

    [Fact]
    public async Task A_save_that_fails_stores_none_of_its_events()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false });
        var existing = NewAccounts(1);
        await RegisterAsync(service, existing);

        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            var clash = NewAccounts(1)[0];
            clash.Username = existing[0].Username;
            db.Accounts.Add(clash);
            db.Outbox().Raise(new UserDeleted(42), 42);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }

        Assert.Equal([existing[0].Username], (await OutboxAsync()).Select(UsernameOf));
    }

    [Fact]
    public async Task An_event_saved_without_an_explicit_transaction_is_published_once_saved()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false });

        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            db.Outbox().Raise(new UserDeleted(7), 7);
            await db.SaveChangesAsync(Ct);
        }

        await Poll.UntilAsync(async () => await Redis.StreamLengthAsync(UserStream) == 1, Patience, "the event to be published", Ct);
        var outbox = Assert.Single(await OutboxAsync());
        Assert.Equal(("user.deleted", "7", "agrovet/eventbus.tests"), (outbox.Type, outbox.Subject, outbox.Source));
        await Poll.UntilAsync(async () => await CountUnsentAsync() == 0, Patience, "the row to be marked sent", Ct);
    }

    [Fact]
    public async Task A_second_transaction_raising_for_the_same_subject_waits_until_the_first_has_committed()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("auth") { Relay = false, Consumer = false });
        await using var firstScope = service.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<TestDbContext>();
        await using var firstTransaction = await first.Database.BeginTransactionAsync(Ct);
        first.Outbox().Raise(new UserUpdated(7, "ana", "ana@example.org", "admin", true, [UserFields.Role]), 7);
        await first.SaveChangesAsync(Ct);

        await using var secondScope = service.Services.CreateAsyncScope();
        var second = secondScope.ServiceProvider.GetRequiredService<TestDbContext>();
        second.Outbox().Raise(new UserUpdated(7, "ana", "ana@example.org", "consumer", true, [UserFields.Role]), 7);
        var secondSave = second.SaveChangesAsync(Ct);

        await Poll.UntilAsync(SomeoneWaitsForAnAdvisoryLockAsync, Patience, "the second save to wait for the subject's lock", Ct);
        Assert.False(secondSave.IsCompleted);
        await firstTransaction.CommitAsync(Ct);
        await secondSave;

        Assert.Equal(["admin", "consumer"], (await OutboxAsync()).Select(m => JsonDocument.Parse(m.Data).RootElement.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task An_event_raised_in_a_raw_statement_is_stored_as_a_saved_one_would_be_with_the_statements_values_and_published()
    {
        // A relay that would not poll for an hour: only the commit's signal wakes it.
        var service = await StartServiceAsync(new ServiceHostSpec("auth") { Consumer = false, Configure = o => o.Relay.PollInterval = TimeSpan.FromHours(1) });
        await Poll.UntilAsync(RelayWaitsAsync, Patience, "the relay to lead and wait", Ct);

        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            var raised = db.Outbox().RaiseInSql(new UserUpdated(0, "ana", "ana@example.org", "consumer", true, [UserFields.Role]), 7);
            Assert.Equal(1, await ExecuteAsync(db, raised.Sql("(SELECT 7::bigint AS id, 'admin' AS role) AS s", ("UserId", "s.id"), ("Role", "s.role")), raised));
            raised.Committed();
        }

        await Poll.UntilAsync(async () => await Redis.StreamLengthAsync(UserStream) == 1, Patience, "the event to be published", Ct);
        var outbox = Assert.Single(await OutboxAsync());
        Assert.Equal(("user.updated", "7", "agrovet/eventbus.tests"), (outbox.Type, outbox.Subject, outbox.Source));
        var data = JsonDocument.Parse(outbox.Data).RootElement;
        Assert.Equal((7, "admin", "ana"), (data.GetProperty("user_id").GetInt64(), data.GetProperty("role").GetString(), data.GetProperty("username").GetString()));
        var published = Assert.Single(await Redis.StreamRangeAsync(UserStream));
        Assert.Contains(published.Values, v => v.Value.ToString().Contains(outbox.EventId.ToString(), StringComparison.Ordinal));
        await Poll.UntilAsync(async () => await CountUnsentAsync() == 0, Patience, "the row to be marked sent", Ct);
    }

    [Fact]
    public async Task A_raw_statement_raises_one_event_per_row_it_selects_and_none_without_rows()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("auth") { Relay = false, Consumer = false });
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();

        var none = db.Outbox().RaiseInSql(new UserDeleted(0), 7);
        Assert.Equal(0, await ExecuteAsync(db, none.Sql("(SELECT 7::bigint AS id WHERE false) AS s", ("UserId", "s.id")), none));
        var two = db.Outbox().RaiseInSql(new UserDeleted(0), 7);
        Assert.Equal(2, await ExecuteAsync(db, two.Sql("(VALUES (7::bigint), (8::bigint)) AS s (id)", ("UserId", "s.id")), two));

        Assert.Equal([7L, 8L], (await OutboxAsync()).Select(m => JsonDocument.Parse(m.Data).RootElement.GetProperty("user_id").GetInt64()).Order());
        Assert.Throws<ArgumentException>(() => two.Sql("(SELECT 1) AS s", ("NoSuchProperty", "1")));
        Assert.Empty(db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task A_raw_statement_raising_for_a_subject_waits_until_a_transaction_that_raised_for_it_has_committed()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("auth") { Relay = false, Consumer = false });
        await using var firstScope = service.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<TestDbContext>();
        await using var firstTransaction = await first.Database.BeginTransactionAsync(Ct);
        first.Outbox().Raise(new UserUpdated(7, "ana", "ana@example.org", "admin", true, [UserFields.Role]), 7);
        await first.SaveChangesAsync(Ct);

        await using var secondScope = service.Services.CreateAsyncScope();
        var second = secondScope.ServiceProvider.GetRequiredService<TestDbContext>();
        var raised = second.Outbox().RaiseInSql(new UserUpdated(7, "ana", "ana@example.org", "consumer", true, [UserFields.Role]), 7);
        var secondInsert = ExecuteAsync(second, raised.Sql("(SELECT 1) AS s"), raised);

        await Poll.UntilAsync(SomeoneWaitsForAnAdvisoryLockAsync, Patience, "the raw statement to wait for the subject's lock", Ct);
        Assert.False(secondInsert.IsCompleted);
        await firstTransaction.CommitAsync(Ct);
        await secondInsert;

        Assert.Equal(["admin", "consumer"], (await OutboxAsync()).Select(m => JsonDocument.Parse(m.Data).RootElement.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Events_raised_together_in_sql_are_stored_in_their_order_as_saved_ones_would_be_and_published()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("auth"));
        await Poll.UntilAsync(RelayWaitsAsync, Patience, "the relay to lead and wait", Ct);

        await using (var scope = service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            // Twice on one connection: the second batch of another size runs the statements the first prepared.
            foreach (var users in new[] { new long[] { 7, 8, 7 }, [9] })
            {
                var raised = db.Outbox().RaiseManyInSql();
                foreach (var user in users)
                {
                    raised.Add(new UserDeleted(user), user);
                }

                await ExecuteTogetherAsync(db, raised);
                raised.Committed();
            }
        }

        await Poll.UntilAsync(async () => await Redis.StreamLengthAsync(UserStream) == 4, Patience, "the events to be published", Ct);
        var outbox = await OutboxAsync();
        Assert.Equal([7L, 8L, 7L, 9L], outbox.Select(m => JsonDocument.Parse(m.Data).RootElement.GetProperty("user_id").GetInt64()));
        Assert.Equal(["7", "8", "7", "9"], outbox.Select(m => m.Subject));
        Assert.All(outbox, m => Assert.Equal(("user.deleted", "agrovet/eventbus.tests"), (m.Type, m.Source)));
        Assert.Equal(4, outbox.Select(m => m.EventId).Distinct().Count());
        await Poll.UntilAsync(async () => await CountUnsentAsync() == 0, Patience, "the rows to be marked sent", Ct);
    }

    [Fact]
    public async Task Events_raised_together_wait_until_a_transaction_that_raised_for_one_of_their_subjects_has_committed_and_none_means_no_statement()
    {
        var service = await StartServiceAsync(new ServiceHostSpec("auth") { Relay = false, Consumer = false });
        await using var firstScope = service.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<TestDbContext>();
        Assert.Empty(first.Outbox().RaiseManyInSql().Commands());
        await using var firstTransaction = await first.Database.BeginTransactionAsync(Ct);
        first.Outbox().Raise(new UserUpdated(8, "ana", "ana@example.org", "admin", true, [UserFields.Role]), 8);
        await first.SaveChangesAsync(Ct);

        await using var secondScope = service.Services.CreateAsyncScope();
        var second = secondScope.ServiceProvider.GetRequiredService<TestDbContext>();
        var raised = second.Outbox().RaiseManyInSql();
        raised.Add(new UserDeleted(7), 7);
        raised.Add(new UserDeleted(8), 8);
        var secondInsert = ExecuteTogetherAsync(second, raised);

        await Poll.UntilAsync(SomeoneWaitsForAnAdvisoryLockAsync, Patience, "the statements to wait for the subject's lock", Ct);
        Assert.False(secondInsert.IsCompleted);
        await firstTransaction.CommitAsync(Ct);
        await secondInsert;

        Assert.Equal(["user.updated", "user.deleted", "user.deleted"], (await OutboxAsync()).Select(m => m.Type));
        Assert.Empty(second.ChangeTracker.Entries());
    }

    /// <summary>Runs the raised rows' statements prepared, in a transaction of their own.</summary>
    private static async Task ExecuteTogetherAsync(TestDbContext db, OutboxBatch raised)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
        foreach (var command in raised.Commands())
        {
            batch.BatchCommands.Add(command);
        }

        await batch.PrepareAsync(Ct);
        await batch.ExecuteNonQueryAsync(Ct);
        await transaction.CommitAsync(Ct);
    }

    private static async Task<int> ExecuteAsync(TestDbContext db, string sql, OutboxInsert raised)
    {
        await db.Database.OpenConnectionAsync(Ct);
        try
        {
            await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
            foreach (var parameter in raised.Parameters)
            {
                command.Parameters.Add(parameter);
            }

            return await command.ExecuteNonQueryAsync(Ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The leading relay's session is between commands (after its first read, it waits for a signal).</summary>
    private async Task<bool> RelayWaitsAsync()
    {
        await using var connection = await Infrastructure.Postgres.OpenSuperuserConnectionAsync(cancellationToken: Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            + "AND a.datname = $1 AND a.state = 'idle' AND a.query LIKE '%outbox_messages%'",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = new NpgsqlConnectionStringBuilder(Postgres).Database });
        return (long)(await command.ExecuteScalarAsync(Ct))! > 0;
    }

    private async Task<bool> SomeoneWaitsForAnAdvisoryLockAsync()
    {
        await using var connection = await Infrastructure.Postgres.OpenSuperuserConnectionAsync(cancellationToken: Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = $1",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = new NpgsqlConnectionStringBuilder(Postgres).Database });
        return (long)(await command.ExecuteScalarAsync(Ct))! > 0;
    }

    private static string? UsernameOf(OutboxMessage message) =>
        JsonDocument.Parse(message.Data).RootElement.TryGetProperty("username", out var name) ? name.GetString() : null;
}
