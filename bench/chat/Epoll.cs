using System.Buffers.Binary;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Agrovet.Bench.Chat;

/// <summary>
/// Linux's epoll, for the <see cref="ClientPoller"/>: .NET has no public API for it, and <c>Socket.Select</c> polls
/// every socket on every call (a thousand sockets a millisecond cost as much as the receive loops it replaces).
/// </summary>
internal sealed partial class Epoll : IDisposable
{
    private const int EpollIn = 0x001;
    private const int CtlAdd = 1;
    private const int CtlDel = 2;

    // struct epoll_event { uint32_t events; uint64_t data; } is packed on x86-64 (12 bytes), aligned elsewhere (16).
    private static readonly int Stride = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 12 : 16;
    private static readonly int DataOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 4 : 8;

    private readonly int _fd;
    private readonly byte[] _events;

    public Epoll(int capacity)
    {
        _fd = epoll_create1(0);
        if (_fd < 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError());
        }

        _events = new byte[capacity * Stride];
    }

    public void Add(nint fd, int token) => Control(CtlAdd, fd, token);

    public void Remove(nint fd) => Control(CtlDel, fd, 0);

    /// <summary>Waits up to <paramref name="timeoutMilliseconds"/> for readable sockets; their tokens go to <paramref name="ready"/>.</summary>
    public void Wait(List<int> ready, int timeoutMilliseconds)
    {
        ready.Clear();
        var n = epoll_wait(_fd, _events, _events.Length / Stride, timeoutMilliseconds);
        if (n < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            // EINTR: a signal (the runtime's own) woke the wait; nothing is ready.
            if (error == 4)
            {
                return;
            }

            throw new Win32Exception(error);
        }

        for (var i = 0; i < n; i++)
        {
            ready.Add((int)BinaryPrimitives.ReadUInt64LittleEndian(_events.AsSpan((i * Stride) + DataOffset)));
        }
    }

    public void Dispose() => _ = close(_fd);

    private void Control(int operation, nint fd, int token)
    {
        Span<byte> item = stackalloc byte[16];
        item.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(item, EpollIn);
        BinaryPrimitives.WriteUInt64LittleEndian(item[DataOffset..], (ulong)token);
        if (epoll_ctl(_fd, operation, (int)fd, item) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError());
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int epoll_create1(int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int epoll_ctl(int epfd, int op, int fd, ReadOnlySpan<byte> @event);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int epoll_wait(int epfd, byte[] events, int maxevents, int timeout);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int fd);
}
