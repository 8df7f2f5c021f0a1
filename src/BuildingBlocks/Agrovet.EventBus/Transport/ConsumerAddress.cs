namespace Agrovet.EventBus.Transport;

/// <summary>One consumer (<paramref name="Consumer"/>, unique per process) of <paramref name="Group"/> on <paramref name="Topic"/>.</summary>
public sealed record ConsumerAddress(string Topic, string Group, string Consumer);
