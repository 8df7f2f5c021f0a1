namespace Agrovet.EventBus.Internal;

/// <summary>Doubling delays from <c>initial</c> up to <c>max</c>, with ±20 % jitter so instances do not retry in step.</summary>
internal sealed class Backoff(TimeSpan initial, TimeSpan max)
{
    private int failures;

    public int Failures => failures;

    public TimeSpan Next()
    {
        var exponent = Math.Min(failures++, 30);
        var delay = Math.Min(initial.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(delay * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    public void Reset() => failures = 0;

    /// <summary>Waits for the next delay; false when <paramref name="cancellationToken"/> fired instead.</summary>
    public async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Next(), cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
