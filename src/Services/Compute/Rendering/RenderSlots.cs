using Microsoft.Extensions.Options;

namespace Agrovet.Compute.Rendering;

/// <summary>
/// How many full renders run at once. Each one already uses every core, so running more side by side only makes all
/// of them slower; the others wait (cancellably: a superseded view leaves the queue at once).
/// </summary>
public sealed class RenderSlots(IOptions<ComputeOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.ResolveMaxConcurrentRenders());

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
