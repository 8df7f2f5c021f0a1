using Agrovet.EventBus.Hosting;
using Agrovet.EventBus.Inbox;
using Agrovet.EventBus.Internal;
using Agrovet.EventBus.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Agrovet.EventBus.Consuming;

/// <summary>Puts together the consumer of one topic: its loop, batch, dead letters and the given inbox, on one retry policy.</summary>
internal sealed class TopicConsumerFactory(IEventTransport transport, IOptions<EventBusOptions> options, TimeProvider time, ILoggerFactory loggers)
{
    /// <summary>One consumer per topic of <paramref name="registrations"/>, each with the inbox <paramref name="inbox"/> makes for it.</summary>
    public List<TopicConsumer> CreateAll(IEnumerable<EventHandlerRegistration> registrations, Func<TopicHandlers, RetryPolicy, IInbox> inbox) =>
        [.. registrations.GroupBy(r => r.Topic, StringComparer.Ordinal).Select(topic => Create(topic.Key, topic, inbox))];

    public TopicConsumer Create(string topic, IEnumerable<EventHandlerRegistration> registrations, Func<TopicHandlers, RetryPolicy, IInbox> inbox)
    {
        var settings = options.Value;
        var consumer = new ConsumerAddress(topic, settings.ConsumerGroup!, settings.ConsumerName!);
        var retry = RetryPolicy.For(settings.Consumer, time);
        var logger = loggers.CreateLogger<TopicConsumer>();
        var handlers = new TopicHandlers(consumer, registrations);
        var batch = new DeliveryBatch(handlers, inbox(handlers, retry), new DeadLetters(consumer, transport, retry, logger), transport, retry, logger);
        return new TopicConsumer(consumer, batch, transport, settings.Consumer, retry, time, logger);
    }
}
