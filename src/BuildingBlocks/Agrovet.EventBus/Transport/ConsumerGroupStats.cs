namespace Agrovet.EventBus.Transport;

/// <summary>
/// <see cref="Pending"/>: delivered, not yet acknowledged. <see cref="Lag"/>: not yet delivered to the group (null
/// when the broker cannot tell, e.g. after entries were deleted). <see cref="DeadLetters"/>: entries this group gave up on.
/// </summary>
public sealed record ConsumerGroupStats(string Name, long Consumers, long Pending, long? Lag, long DeadLetters);
