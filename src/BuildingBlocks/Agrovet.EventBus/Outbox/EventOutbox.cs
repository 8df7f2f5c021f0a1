using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Agrovet.Contracts.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Agrovet.EventBus.Outbox;

/// <summary>
/// Raises events inside a unit of work: <c>db.Outbox().Raise(new UserCreated(...), user.Id)</c> adds an outbox row to
/// the context, so the same <c>SaveChanges</c> (and transaction) that stores the change stores the event, or neither.
/// </summary>
public readonly struct EventOutbox
{
    private readonly DbContext _db;

    internal EventOutbox(DbContext db)
    {
        this._db = db;
    }

    /// <summary>Adds the event for <paramref name="subject"/> (the aggregate's id); it is published after the commit.</summary>
    public OutboxMessage Raise<TEvent>(TEvent @event, string subject)
        where TEvent : IIntegrationEvent<TEvent>
    {
        var message = NewMessage(@event, subject);
        _db.Set<OutboxMessage>().Add(message);
        return message;
    }

    /// <summary>
    /// The event for <paramref name="subject"/>, to be inserted by the caller's own SQL statement (one round trip for
    /// a change and its event, no change tracking): see <see cref="OutboxInsert"/>. Nothing is added to the context.
    /// </summary>
    public OutboxInsert RaiseInSql<TEvent>(TEvent @event, string subject)
        where TEvent : IIntegrationEvent<TEvent>
    {
        var message = NewMessage(@event, subject);
        return new OutboxInsert(_db, message, TEvent.JsonTypeInfo, RowStamp());
    }

    /// <inheritdoc cref="RaiseInSql{TEvent}(TEvent, string)"/>
    public OutboxInsert RaiseInSql<TEvent>(TEvent @event, long subject)
        where TEvent : IIntegrationEvent<TEvent> =>
        RaiseInSql(@event, subject.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// An empty set of events to be inserted together by the caller's own statements (many rows in one statement whose
    /// text does not change with their number): see <see cref="OutboxBatch"/>. Nothing is added to the context.
    /// </summary>
    public OutboxBatch RaiseManyInSql() => new(_db, RowStamp());

    /// <inheritdoc cref="Raise{TEvent}(TEvent, string)"/>
    public OutboxMessage Raise<TEvent>(TEvent @event, long subject)
        where TEvent : IIntegrationEvent<TEvent> =>
        Raise(@event, subject.ToString(CultureInfo.InvariantCulture));

    private IOutboxRowStamp? RowStamp() =>
        _db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<IOutboxRowStamp>().FirstOrDefault();

    internal OutboxMessage NewMessage<TEvent>(TEvent @event, string subject)
        where TEvent : IIntegrationEvent<TEvent>
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        if (_db.Model.FindEntityType(typeof(OutboxMessage)) is null)
        {
            throw new InvalidOperationException(
                $"{_db.GetType().Name} has no outbox table: call modelBuilder.AddEventBusTables() in its OnModelCreating.");
        }

        var now = DateTimeOffset.UtcNow;
        return new OutboxMessage
        {
            EventId = Guid.CreateVersion7(now),
            Topic = TEvent.Topic,
            Type = TEvent.EventType,
            Subject = subject,
            OccurredAt = now,
            Data = JsonSerializer.Serialize(@event, TEvent.JsonTypeInfo),
            Traceparent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null,
        };
    }
}
