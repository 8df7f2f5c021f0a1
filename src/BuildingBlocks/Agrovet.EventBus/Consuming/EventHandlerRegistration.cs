using Agrovet.Contracts.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.EventBus.Consuming;

/// <summary>One <c>AddEventHandler</c> call: which context consumes which event type with which handler.</summary>
internal sealed record EventHandlerRegistration(
    Type ContextType,
    string Topic,
    string EventType,
    Type HandlerType,
    Func<IServiceProvider, EventContext, CancellationToken, Task> Invoke)
{
    public static EventHandlerRegistration For<TContext, TEvent, THandler>()
        where TEvent : IIntegrationEvent<TEvent>
        where THandler : class, IEventHandler<TEvent> =>
        new(typeof(TContext), TEvent.Topic, TEvent.EventType, typeof(THandler),
            (services, context, cancellationToken) => services.GetRequiredService<THandler>()
                .HandleAsync(context.Envelope.DataAs<TEvent>(), context, cancellationToken));
}
