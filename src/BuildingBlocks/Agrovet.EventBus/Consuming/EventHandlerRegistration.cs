using Agrovet.Contracts.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.EventBus.Consuming;

/// <summary>
/// One <c>AddEventHandler</c> call: which event type is handled with which handler, and whose inbox records it: the
/// inbox table of <see cref="ContextType"/>, or Redis when it is null (a service without a database).
/// </summary>
internal sealed record EventHandlerRegistration(
    Type? ContextType,
    string Topic,
    string EventType,
    Type HandlerType,
    Func<IServiceProvider, EventContext, CancellationToken, Task> Invoke)
{
    /// <summary>What records the handled events, as a person would name it.</summary>
    public string InboxName => ContextType is { } context ? $"the inbox table of {context.Name}" : "the Redis inbox (no database)";

    public static EventHandlerRegistration For<TContext, TEvent, THandler>()
        where TEvent : IIntegrationEvent<TEvent>
        where THandler : class, IEventHandler<TEvent> =>
        Create<TEvent, THandler>(typeof(TContext));

    public static EventHandlerRegistration WithoutDatabase<TEvent, THandler>()
        where TEvent : IIntegrationEvent<TEvent>
        where THandler : class, IEventHandler<TEvent> =>
        Create<TEvent, THandler>(contextType: null);

    private static EventHandlerRegistration Create<TEvent, THandler>(Type? contextType)
        where TEvent : IIntegrationEvent<TEvent>
        where THandler : class, IEventHandler<TEvent> =>
        new(contextType, TEvent.Topic, TEvent.EventType, typeof(THandler),
            (services, context, cancellationToken) => services.GetRequiredService<THandler>()
                .HandleAsync(context.Envelope.DataAs<TEvent>(), context, cancellationToken));
}
