namespace Agrovet.Auth.Tests;

/// <summary>The system clock moved forward by <see cref="Offset"/>: what "an hour later" looks like to the service.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
