namespace Agrovet.EventBus.Internal;

/// <summary>An auto-reset wake-up: many <see cref="Notify"/> calls before a wait count as one.</summary>
internal class AsyncSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            if (_semaphore.CurrentCount == 0)
            {
                _semaphore.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Another notifier won the race; one pending wake-up is all we need.
        }
    }

    /// <summary>Returns when notified (true) or after <paramref name="timeout"/> (false).</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        _semaphore.Dispose();
        GC.SuppressFinalize(this);
    }
}
