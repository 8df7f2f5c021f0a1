using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Agrovet.Contracts.Events;
using Microsoft.EntityFrameworkCore;

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
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        if (_db.Model.FindEntityType(typeof(OutboxMessage)) is null)
        {
            throw new InvalidOperationException(
                $"{_db.GetType().Name} has no outbox table: call modelBuilder.AddEventBusTables() in its OnModelCreating.");
        }

        var now = DateTimeOffset.UtcNow;
        var message = new OutboxMessage
        {
            EventId = Guid.CreateVersion7(now),
            Topic = TEvent.Topic,
            Type = TEvent.EventType,
            Subject = subject,
            OccurredAt = now,
            Data = JsonSerializer.Serialize(@event, TEvent.JsonTypeInfo),
            Traceparent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null,
        };
        _db.Set<OutboxMessage>().Add(message);
        return message;
    }

    /// <inheritdoc cref="Raise{TEvent}(TEvent, string)"/>
    public OutboxMessage Raise<TEvent>(TEvent @event, long subject)
        where TEvent : IIntegrationEvent<TEvent> =>
        Raise(@event, subject.ToString(CultureInfo.InvariantCulture));
}
