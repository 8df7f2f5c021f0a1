namespace Agrovet.EventBus.Transport;

/// <summary>A topic's stream: retained entries, dead letters, and each consumer group's position.</summary>
public sealed record TopicStats(string Topic, long Length, long DeadLetters, IReadOnlyList<ConsumerGroupStats> Groups);
