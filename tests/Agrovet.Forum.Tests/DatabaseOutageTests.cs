using Agrovet.Forum.Data;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Agrovet.Forum.Tests;

/// <summary>
/// What the shared outage rules (ServiceDefaults' <see cref="IDependencyOutage"/>, PostgreSQL's in Agrovet.Data) make
/// of a real connection lost inside a transaction: every failure that follows is "the database is away" (503), never
/// a 500. The fault suite meets this only by chance, when PostgreSQL restarts between two saves of one request.
/// </summary>
public sealed class DatabaseOutageTests(ForumApiFactory api) : IClassFixture<ForumApiFactory>
{
    [Fact]
    public async Task A_connection_lost_between_two_commands_of_a_transaction_is_an_outage_on_every_command_after_it()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        var backend = await db.Database.SqlQuery<int>($"SELECT pg_backend_pid() AS \"Value\"").SingleAsync(Ct);

        await using (var other = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(api.PostgresConnectionString) { Pooling = false }.ConnectionString))
        {
            await other.OpenAsync(Ct);
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", other);
            terminate.Parameters.AddWithValue("pid", backend);
            await terminate.ExecuteScalarAsync(Ct);
        }

        var failures = new List<Exception>();
        for (var command = 0; command < 2; command++)
        {
            failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync($"SELECT 1", Ct)));
        }

        failures.Add(await Assert.ThrowsAnyAsync<Exception>(() => transaction.CommitAsync(Ct)));
        var outages = api.Services.GetServices<IDependencyOutage>().ToList();
        Assert.All(failures, failure => Assert.True(
            Chain(failure).Any(e => outages.Any(o => o.IsOutage(e))), $"{failure.GetType().FullName}: {failure.Message} is not taken for an outage"));
    }

    /// <summary>The exception and those it wraps, as the outage handler reads them (a disposed transaction carries the 57P01 that ended it).</summary>
    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
