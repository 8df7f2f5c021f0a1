using System.Globalization;
using Agrovet.EventBus.Diagnostics;
using Agrovet.EventBus.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.EventBus.Outbox;

/// <summary>
/// Counts the unpublished rows of <typeparamref name="TContext"/>'s outbox and the age of the oldest: a range scan of
/// the partial index the relay reads (ix_outbox_messages_pending), which holds only unpublished rows.
/// </summary>
internal sealed class OutboxBacklog<TContext>(IServiceScopeFactory scopes, TimeProvider time) : IOutboxBacklog
    where TContext : DbContext
{
    public async Task<OutboxSample> MeasureAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var table = ModelTables.QuotedName<OutboxMessage>(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*), min(occurred_at) FROM {table} WHERE sent_at IS NULL";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var pending = reader.GetInt64(0);
            TimeSpan? oldest = reader.IsDBNull(1)
                ? null
                : time.GetUtcNow() - new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc));
            return new OutboxSample(connection.Database, pending, oldest < TimeSpan.Zero ? TimeSpan.Zero : oldest);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"outbox of {typeof(TContext).Name}");
}
