using Agrovet.Contracts.Events;
using Agrovet.EventBus.Consuming;
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
        var services = builder.Services;
        if (!services.Any(d => d.ServiceType == typeof(EventBusOptionsDefaults)))
        {
            services.AddSingleton<EventBusOptionsDefaults>();
            services.AddOptions<EventBusOptions>()
                .BindConfiguration(EventBusOptions.SectionName)
                .PostConfigure<IHostEnvironment>(EventBusOptionsDefaults.Apply)
                .Validate(EventBusOptionsDefaults.IsValid, "EventBus settings out of range (batch sizes, attempts and intervals must be positive).");
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton<IEventTransport, RedisStreamsTransport>();
            services.TryAddSingleton<RelayNudges>();
        }

        if (configure is not null)
        {
            services.Configure(configure);
        }

        if (!services.Any(d => d.ServiceType == typeof(OutboxSignal<TContext>)))
        {
            services.AddSingleton<OutboxSignal<TContext>>();
            services.AddSingleton<OutboxInterceptor<TContext>>();
            services.ConfigureDbContext<TContext>(
                (provider, options) => options.AddInterceptors(provider.GetRequiredService<OutboxInterceptor<TContext>>()),
                ServiceLifetime.Singleton);
            services.AddHostedService<OutboxRelay<TContext>>();
            services.AddHostedService<EventConsumer<TContext>>();
        }

        return builder;
    }

    /// <summary>
    /// Handles <typeparamref name="TEvent"/> with <typeparamref name="THandler"/> (scoped; it may take
    /// <typeparamref name="TContext"/> in its constructor) in this service's consumer group on the event's topic.
    /// </summary>
    public static IHostApplicationBuilder AddEventHandler<TContext, TEvent, THandler>(this IHostApplicationBuilder builder)
        where TContext : DbContext
        where TEvent : IIntegrationEvent<TEvent>
        where THandler : class, IEventHandler<TEvent>
    {
        builder.AddEventBus<TContext>();
        builder.Services.TryAddScoped<THandler>();
        builder.Services.AddSingleton(EventHandlerRegistration.For<TContext, TEvent, THandler>());
        return builder;
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
            && options.Relay.BatchSize > 0 && options.Relay.PollInterval > TimeSpan.Zero
            && options.Relay.GapSettleDelay >= TimeSpan.Zero && options.Relay.SweepInterval > TimeSpan.Zero
            && options.Consumer.BatchSize > 0 && options.Consumer.MaxAttempts > 0
            && options.Consumer.IdlePollInterval > TimeSpan.Zero && options.Consumer.VisibilityTimeout > TimeSpan.Zero
            && options.Consumer.ClaimInterval > TimeSpan.Zero;
    }
}
