using System.Net;

namespace Agrovet.Media.Tests;

/// <summary>A request body that sends some bytes, waits until told to go on, then fails like a dying client.</summary>
public sealed class FailingContent(byte[] prefix, Func<Task> beforeFailing) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(prefix);
        await stream.FlushAsync();
        await beforeFailing();
        throw new IOException("The client died mid-upload.");
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
