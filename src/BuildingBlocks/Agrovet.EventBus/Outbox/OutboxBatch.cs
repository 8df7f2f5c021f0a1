using System.Globalization;
using Agrovet.Contracts.Events;
using Agrovet.EventBus.Internal;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Agrovet.EventBus.Outbox;

/// <summary>
/// Events raised together by the caller's own statements, for a hot path that writes many rows at once without change
/// tracking: the rows go in as arrays through one <c>INSERT … SELECT FROM unnest(…)</c> whose text does not depend on
/// how many there are, so the server plans it once per connection (the commands are safe to prepare).
/// <code>
/// var events = db.Outbox().RaiseManyInSql();
/// events.Add(new ChatMessageSent(...), roomId);                       // for each row the caller writes
/// foreach (var command in events.Commands()) batch.BatchCommands.Add(command);
/// // execute in the caller's transaction; once committed: events.Committed();
/// </code>
/// The rows are the ones <see cref="EventOutbox.Raise{TEvent}(TEvent, string)"/> would save, in the order added; the
/// per-subject ordering locks are taken (in key order) by a statement before the insert.
/// </summary>
public sealed class OutboxBatch
{
    private readonly DbContext _db;
    private readonly IOutboxRowStamp? _stamp;
    private readonly List<OutboxMessage> _rows = [];

    internal OutboxBatch(DbContext db, IOutboxRowStamp? stamp)
    {
        _db = db;
        _stamp = stamp;
    }

    /// <summary>Adds the event for <paramref name="subject"/> (the aggregate's id).</summary>
    public void Add<TEvent>(TEvent @event, string subject)
        where TEvent : IIntegrationEvent<TEvent> =>
        _rows.Add(_db.Outbox().NewMessage(@event, subject));

    /// <inheritdoc cref="Add{TEvent}(TEvent, string)"/>
    public void Add<TEvent>(TEvent @event, long subject)
        where TEvent : IIntegrationEvent<TEvent> =>
        Add(@event, subject.ToString(CultureInfo.InvariantCulture));

    /// <summary>The statements that store the rows (none when there are none), with positional parameters; add them to the caller's batch.</summary>
    public IEnumerable<NpgsqlBatchCommand> Commands()
    {
        if (_rows.Count == 0)
        {
            yield break;
        }

        if (_stamp?.OrderPerSubject ?? false)
        {
            var keys = _rows.Select(r => SubjectLockKeys.For(r.Topic, r.Subject)).Distinct().Order().ToArray();
            yield return new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({SubjectLockKeys.NamespaceText}, k) FROM unnest($1::integer[]) AS k")
            {
                Parameters = { new NpgsqlParameter<int[]> { TypedValue = keys } },
            };
        }

        var count = _rows.Count;
        var eventIds = new Guid[count];
        var topics = new string[count];
        var types = new string[count];
        var subjects = new string[count];
        var occurredAt = new DateTimeOffset[count];
        var data = new string[count];
        var traceparents = new string?[count];
        for (var i = 0; i < count; i++)
        {
            var row = _rows[i];
            eventIds[i] = row.EventId;
            topics[i] = row.Topic;
            types[i] = row.Type;
            subjects[i] = row.Subject;
            occurredAt[i] = row.OccurredAt;
            data[i] = row.Data;
            traceparents[i] = row.Traceparent;
        }

        yield return new NpgsqlBatchCommand(
            $"INSERT INTO {ModelTables.QuotedName<OutboxMessage>(_db)} ({OutboxColumns.InsertList(_db)}) "
            + "SELECT r.event_id, r.topic, r.type, $1, r.subject, r.occurred_at, r.data, r.traceparent "
            + "FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[]) "
            + "WITH ORDINALITY AS r(event_id, topic, type, subject, occurred_at, data, traceparent, n) ORDER BY r.n")
        {
            Parameters =
            {
                new NpgsqlParameter<string> { TypedValue = _stamp?.Source ?? string.Empty },
                new NpgsqlParameter<Guid[]> { TypedValue = eventIds },
                new NpgsqlParameter<string[]> { TypedValue = topics },
                new NpgsqlParameter<string[]> { TypedValue = types },
                new NpgsqlParameter<string[]> { TypedValue = subjects },
                new NpgsqlParameter<DateTimeOffset[]> { TypedValue = occurredAt },
                new NpgsqlParameter<string[]> { TypedValue = data },
                new NpgsqlParameter<string?[]> { TypedValue = traceparents },
            },
        };
    }

    /// <summary>Call once the caller's transaction committed the rows: wakes the relay (else it finds them on its next poll).</summary>
    public void Committed()
    {
        if (_rows.Count > 0)
        {
            _stamp?.Committed();
        }
    }
}
