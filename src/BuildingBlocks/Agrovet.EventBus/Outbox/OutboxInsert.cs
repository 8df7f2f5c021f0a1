using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Agrovet.EventBus.Internal;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Agrovet.EventBus.Outbox;

/// <summary>
/// An event raised by the caller's own SQL statement instead of <c>SaveChanges</c>, for a hot path that changes its rows
/// and stores the event in one statement (one round trip, no change tracking):
/// <code>
/// var raised = db.Outbox().RaiseInSql(new ReactionAdded(...), postId);
/// var sql = $"WITH updated AS (UPDATE ... RETURNING ...), raised AS ({raised.Sql("updated AS u", ("Score", "u.score"))}) SELECT ...";
/// command.Parameters.AddRange(raised.Parameters);   // then execute, and once committed: raised.Committed();
/// </code>
/// The row is the one <see cref="EventOutbox.Raise{TEvent}(TEvent, string)"/> would save (same columns, the event's
/// JSON from its source-generated context, the service's source), one per row of the statement's <c>from</c>; values
/// only the statement knows (totals after an update) replace properties of the serialized event.
/// </summary>
public sealed class OutboxInsert
{
    private const string Prefix = "outbox_";

    private readonly string _table;
    private readonly string _columns;
    private readonly JsonTypeInfo _json;
    private readonly IOutboxRowStamp? _stamp;

    internal OutboxInsert(DbContext db, OutboxMessage row, JsonTypeInfo json, IOutboxRowStamp? stamp)
    {
        _table = ModelTables.QuotedName<OutboxMessage>(db);
        _columns = OutboxColumns.InsertList(db);
        _json = json;
        _stamp = stamp;
        var ordered = stamp?.OrderPerSubject ?? false;
        Parameters =
        [
            new NpgsqlParameter<Guid>(Prefix + "event_id", row.EventId),
            new NpgsqlParameter<string>(Prefix + "topic", row.Topic),
            new NpgsqlParameter<string>(Prefix + "type", row.Type),
            new NpgsqlParameter<string>(Prefix + "source", stamp?.Source ?? string.Empty),
            new NpgsqlParameter<string>(Prefix + "subject", row.Subject),
            new NpgsqlParameter<DateTimeOffset>(Prefix + "occurred_at", row.OccurredAt),
            new NpgsqlParameter<string>(Prefix + "data", row.Data),
            new NpgsqlParameter(Prefix + "traceparent", NpgsqlDbType.Text) { Value = (object?)row.Traceparent ?? DBNull.Value },
            .. ordered ? [new NpgsqlParameter<int>(Prefix + "subject_key", SubjectLockKeys.For(row.Topic, row.Subject))] : Array.Empty<NpgsqlParameter>(),
        ];
        OrderPerSubject = ordered;
    }

    /// <summary>The row's values as parameters named <c>outbox_*</c>: add them to the command that runs <see cref="Sql"/>.</summary>
    public IReadOnlyList<NpgsqlParameter> Parameters { get; }

    private bool OrderPerSubject { get; }

    /// <summary>
    /// <c>INSERT INTO outbox_messages (...) SELECT ... FROM <paramref name="from"/></c>: one row per row of
    /// <paramref name="from"/> (none, no event), usable as a data-modifying CTE. <paramref name="computed"/> sets event
    /// properties (by their C# name) to SQL expressions over <paramref name="from"/>. The subject's ordering lock is
    /// taken as the first row is inserted, so after every lock the rows in <paramref name="from"/> took.
    /// </summary>
    public string Sql(string from, params (string Property, string Expression)[] computed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentNullException.ThrowIfNull(computed);
        // The computed properties merge into the serialized event as jsonb; the column keeps the text.
        var data = computed.Length == 0
            ? $"@{Prefix}data"
            : $"(@{Prefix}data::jsonb || jsonb_build_object({string.Join(", ", computed.Select(c => $"'{JsonName(c.Property)}', {c.Expression}"))}))::text";

        // An uncorrelated subquery runs when its value is first needed: here, as the first row is formed.
        var source = OrderPerSubject
            ? $"(SELECT @{Prefix}source FROM pg_advisory_xact_lock({SubjectLockKeys.NamespaceText}, @{Prefix}subject_key))"
            : $"@{Prefix}source";
        return string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO {_table} ({_columns}) SELECT @{Prefix}event_id, @{Prefix}topic, @{Prefix}type, {source}, @{Prefix}subject, "
            + $"@{Prefix}occurred_at, {data}, @{Prefix}traceparent FROM {from}");
    }

    /// <summary>Call once the statement's transaction committed a row: wakes the relay (else it finds the row on its next poll).</summary>
    public void Committed() => _stamp?.Committed();

    private string JsonName(string property) =>
        _json.Properties.FirstOrDefault(p => p.AttributeProvider is MemberInfo member && member.Name == property)?.Name
        ?? throw new ArgumentException($"{_json.Type.Name} has no property {property} in its JSON.", nameof(property));
}
