namespace Agrovet.Testing;

/// <summary>Waits for a condition by polling it (tests never sleep for a fixed time).</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Returns once <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout, string description, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for: {description}");
            }

            await Task.Delay(Interval, cancellationToken);
        }
    }

    /// <inheritdoc cref="UntilAsync(Func{bool}, TimeSpan, string, CancellationToken)"/>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string description, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for: {description}");
            }

            await Task.Delay(Interval, cancellationToken);
        }
    }
}
