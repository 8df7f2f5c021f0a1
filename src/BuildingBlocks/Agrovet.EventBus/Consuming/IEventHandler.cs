namespace Agrovet.EventBus.Consuming;

/// <summary>
/// Reacts to one event type. Resolved from the delivery's DI scope, so a constructor-injected DbContext is the one whose
/// transaction also records the event in the inbox: make changes on it (no need to call SaveChanges); they commit
/// together with the inbox row, or not at all. Throwing rolls the delivery back; it is retried, then dead-lettered.
/// Deliveries are handled in batches on one context: a handler sees the effects of earlier events of the same subject
/// (they are saved before it runs); effects of other subjects' events in the same batch may still be unsaved (use
/// <c>Find</c>, which looks at tracked entities first, if a handler reads across subjects).
/// A handler of a service without a database (registered with <c>AddEventHandler&lt;TEvent, THandler&gt;()</c>) has no
/// such transaction: its redeliveries are skipped once Redis recorded it as handled, but a crash between its effect
/// and that record repeats the effect, so it must be idempotent itself.
/// </summary>
public interface IEventHandler<in TEvent>
{
    Task HandleAsync(TEvent @event, EventContext context, CancellationToken cancellationToken);
}
