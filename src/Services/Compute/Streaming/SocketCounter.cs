using System.Collections.Concurrent;

namespace Agrovet.Compute.Streaming;

/// <summary>Open sockets per account, so that one account cannot hold the service's renders with many of them.</summary>
public sealed class SocketCounter
{
    private readonly ConcurrentDictionary<long, int> _open = new();

    /// <summary>Counts one more socket for the user unless they already hold <paramref name="max"/>.</summary>
    public bool TryOpen(long userId, int max)
    {
        while (true)
        {
            var current = _open.GetValueOrDefault(userId);
            if (current >= max)
            {
                return false;
            }
            if (current == 0 ? _open.TryAdd(userId, 1) : _open.TryUpdate(userId, current + 1, current))
            {
                return true;
            }
        }
    }

    public void Close(long userId)
    {
        while (true)
        {
            var current = _open.GetValueOrDefault(userId);
            if (current <= 1)
            {
                if (current == 0 || _open.TryRemove(KeyValuePair.Create(userId, current)))
                {
                    return;
                }
            }
            else if (_open.TryUpdate(userId, current - 1, current))
            {
                return;
            }
        }
    }
}
