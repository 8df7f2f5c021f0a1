using Agrovet.Contracts.Events;
using Agrovet.EventBus.Consuming;
using Agrovet.EventBus.Diagnostics;
using Agrovet.EventBus.Outbox;
using Agrovet.EventBus.Redis;
using Agrovet.EventBus.Transport;
using Agrovet.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Agrovet.EventBus.Hosting;

public static class EventBusHostingExtensions
{
    /// <summary>
    /// The event bus of a service whose database is <typeparamref name="TContext"/> (whose model calls
    /// <c>AddEventBusTables()</c>): the outbox interceptor, the relay that publishes the outbox, the Redis Streams
    /// transport (on the <c>IConnectionMultiplexer</c> of ServiceDefaults) and the consumer of any handlers registered
    /// with <see cref="AddEventHandler{TContext, TEvent, THandler}"/>. Settings: section <c>EventBus</c> and
    /// <paramref name="configure"/>. Calling it again only applies <paramref name="configure"/>.
    /// </summary>
    public static IHostApplicationBuilder AddEventBus<TContext>(this IHostApplicationBuilder builder, Action<EventBusOptions>? configure = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEventBus(configure);
        var services = builder.Services;
        if (!services.Any(d => d.ServiceType == typeof(OutboxSignal<TContext>)))
        {
            services.AddSingleton<OutboxSignal<TContext>>();
            services.AddSingleton<OutboxInterceptor<TContext>>();
            services.ConfigureDbContext<TContext>(
                (provider, options) => options.AddInterceptors(provider.GetRequiredService<OutboxInterceptor<TContext>>()),
                ServiceLifetime.Singleton);
            services.AddHostedService<OutboxRelay<TContext>>();
            services.AddHostedService<EventConsumer<TContext>>();
            services.AddSingleton<IOutboxBacklog, OutboxBacklog<TContext>>();
        }

        return builder;
    }

    /// <summary>
    /// The event bus of a service without a database: the Redis Streams transport and the consumer of any handlers
    /// registered with <see cref="AddEventHandler{TEvent, THandler}"/> (no outbox: such a service raises no events).
    /// Settings: section <c>EventBus</c> and <paramref name="configure"/>. Calling it again only applies
    /// <paramref name="configure"/>; <see cref="AddEventBus{TContext}"/> calls it too.
    /// </summary>
    public static IHostApplicationBuilder AddEventBus(this IHostApplicationBuilder builder, Action<EventBusOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (!services.Any(d => d.ServiceType == typeof(EventBusOptionsDefaults)))
        {
            services.AddSingleton<EventBusOptionsDefaults>();
            services.AddOptions<EventBusOptions>()
                .BindConfiguration(EventBusOptions.SectionName)
                .PostConfigure<IHostEnvironment>(EventBusOptionsDefaults.Apply)
                .Validate(EventBusOptionsDefaults.IsValid, "EventBus settings out of range (batch sizes, attempts and intervals must be positive; StreamKeyPrefix may hold no braces, they are Redis Cluster hash tags).");
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton<IEventTransport, RedisStreamsTransport>();
            services.TryAddSingleton<RelayNudges>();
            services.TryAddSingleton<TopicConsumerFactory>();
            services.AddHostedService<EventBusSampler>();
        }

        if (configure is not null)
        {
            services.Configure(configure);
        }

        return builder;
    }

    /// <summary>
    /// Handles <typeparamref name="TEvent"/> with <typeparamref name="THandler"/> (scoped; it may take
    /// <typeparamref name="TContext"/> in its constructor) in this service's consumer group on the event's topic. The
    /// effect commits with the event's row in the inbox table: exactly-once effect.
    /// </summary>
    public static IHostApplicationBuilder AddEventHandler<TContext, TEvent, THandler>(this IHostApplicationBuilder builder)
        where TContext : DbContext
        where TEvent : IIntegrationEvent<TEvent>
        where THandler : class, IEventHandler<TEvent>
    {
        builder.AddEventBus<TContext>();
        AddHandler<THandler>(builder.Services, EventHandlerRegistration.For<TContext, TEvent, THandler>());
        return builder;
    }

    /// <summary>
    /// Handles <typeparamref name="TEvent"/> with <typeparamref name="THandler"/> (scoped) in this service's consumer
    /// group, for a service without a database: the handled event is recorded in Redis once the handler succeeded,
    /// and a redelivery of a recorded event is skipped. A process that dies between the effect and the record repeats
    /// the effect on redelivery, so the handler must be idempotent itself (README, Events). A topic is consumed
    /// through one inbox: its handlers are all registered this way, or all on one context.
    /// </summary>
    public static IHostApplicationBuilder AddEventHandler<TEvent, THandler>(this IHostApplicationBuilder builder)
        where TEvent : IIntegrationEvent<TEvent>
        where THandler : class, IEventHandler<TEvent>
    {
        builder.AddEventBus();
        if (!builder.Services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RedisInboxEventConsumer)))
        {
            builder.Services.AddHostedService<RedisInboxEventConsumer>();
        }

        AddHandler<THandler>(builder.Services, EventHandlerRegistration.WithoutDatabase<TEvent, THandler>());
        return builder;
    }

    private static void AddHandler<THandler>(IServiceCollection services, EventHandlerRegistration registration)
        where THandler : class
    {
        // Two inboxes on one topic would be two consumers of one group, each acknowledging the other's events unhandled.
        var other = services
            .Where(d => !d.IsKeyedService && d.ServiceType == typeof(EventHandlerRegistration))
            .Select(d => d.ImplementationInstance)
            .OfType<EventHandlerRegistration>()
            .FirstOrDefault(r => r.Topic == registration.Topic && r.ContextType != registration.ContextType);
        if (other is not null)
        {
            throw new InvalidOperationException(
                $"{registration.HandlerType.Name} would consume topic {registration.Topic} through {registration.InboxName}, but {other.HandlerType.Name} " +
                $"consumes it through {other.InboxName}. A service consumes a topic through one inbox: register all handlers of {registration.Topic} the same way.");
        }

        services.TryAddScoped<THandler>();
        services.AddSingleton(registration);
    }

    /// <summary>Defaults that depend on the service's identity, and range checks.</summary>
    private sealed class EventBusOptionsDefaults
    {
        public static void Apply(EventBusOptions options, IHostEnvironment environment)
        {
            var service = ServiceIdentity.NameOf(environment);
            options.Source ??= $"agrovet/{service}";
            options.ConsumerGroup ??= service;
            options.ConsumerName ??= $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
        }

        public static bool IsValid(EventBusOptions options) =>
            options.StreamMaxLength > 0 && options.DeadLetterMaxLength > 0
            && options.StreamKeyPrefix.IndexOfAny(['{', '}']) < 0
            && options.Relay.BatchSize > 0 && options.Relay.PollInterval > TimeSpan.Zero
            && options.Relay.GapSettleDelay >= TimeSpan.Zero && options.Relay.SweepInterval > TimeSpan.Zero && options.Relay.Linger >= TimeSpan.Zero
            && options.Consumer.BatchSize > 0 && options.Consumer.MaxAttempts > 0
            && options.Consumer.IdlePollInterval > TimeSpan.Zero && options.Consumer.VisibilityTimeout > TimeSpan.Zero
            && options.Consumer.ClaimInterval > TimeSpan.Zero;
    }
}
