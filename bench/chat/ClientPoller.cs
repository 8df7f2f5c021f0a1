namespace Agrovet.Bench.Chat;

/// <summary>
/// Reads every <see cref="PolledClient"/> from a few threads, each waiting on an epoll set of its share of the sockets
/// and reading the ones that have data, at most once a millisecond (so a busy rate costs a wake-up a millisecond, not
/// one per delivery); a delivery is logged at most about a millisecond after it arrived.
/// </summary>
internal sealed class ClientPoller : IDisposable
{
    private readonly List<Thread> _threads = [];
    private volatile bool _stopping;

    public ClientPoller(IReadOnlyList<PolledClient> clients, int threads)
    {
        for (var t = 0; t < threads; t++)
        {
            var share = clients.Where((_, i) => i % threads == t).ToList();
            var thread = new Thread(() => Poll(share)) { IsBackground = true, Name = $"poller-{t}" };
            _threads.Add(thread);
            thread.Start();
        }
    }

    public void Dispose()
    {
        _stopping = true;
        foreach (var thread in _threads)
        {
            thread.Join();
        }
    }

    private void Poll(List<PolledClient> clients)
    {
        using var epoll = new Epoll(clients.Count);
        for (var i = 0; i < clients.Count; i++)
        {
            epoll.Add(clients[i].Socket.SafeHandle.DangerousGetHandle(), i);
        }

        var ready = new List<int>(clients.Count);
        while (!_stopping)
        {
            epoll.Wait(ready, timeoutMilliseconds: 100);
            foreach (var i in ready)
            {
                var client = clients[i];
                client.Receive();
                if (client.Closed)
                {
                    epoll.Remove(client.Socket.SafeHandle.DangerousGetHandle());
                }
            }

            if (ready.Count > 0)
            {
                Thread.Sleep(1);
            }
        }
    }
}
