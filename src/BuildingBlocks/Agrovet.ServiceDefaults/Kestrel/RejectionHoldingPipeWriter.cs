using System.Buffers;
using System.IO.Pipelines;

namespace Agrovet.ServiceDefaults.Kestrel;

/// <summary>
/// A connection's output, passed through untouched, except that after Kestrel refused a request it holds what is
/// written until the next flush and, if that is Kestrel's own empty error answer, sends a problem+json one instead.
/// </summary>
internal sealed class RejectionHoldingPipeWriter(PipeWriter inner) : PipeWriter
{
    private ArrayBufferWriter<byte>? _held;
    private KestrelRejection? _rejection;

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes + (_held?.WrittenCount ?? 0);

    /// <summary>Called as Kestrel refuses a request, before it writes its answer (nothing of that response is written yet).</summary>
    public void Hold(KestrelRejection rejection)
    {
        _rejection = rejection;
        _held = new ArrayBufferWriter<byte>(512);
    }

    public override void Advance(int bytes)
    {
        if (_held is { } held)
        {
            held.Advance(bytes);
        }
        else
        {
            inner.Advance(bytes);
        }
    }

    public override Memory<byte> GetMemory(int sizeHint = 0) => _held is { } held ? held.GetMemory(sizeHint) : inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => _held is { } held ? held.GetSpan(sizeHint) : inner.GetSpan(sizeHint);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        Release();
        return inner.FlushAsync(cancellationToken);
    }

    public override void Complete(Exception? exception = null)
    {
        Release();
        inner.Complete(exception);
    }

    public override ValueTask CompleteAsync(Exception? exception = null)
    {
        Release();
        return inner.CompleteAsync(exception);
    }

    private void Release()
    {
        if (_held is not { } held)
        {
            return;
        }

        _held = null;
        // Anything but the bare answer (the app answered after all, or wrote its own error) goes out as it was written.
        var answer = RejectionProblem.TryRewrite(held.WrittenSpan, _rejection!);
        inner.Write(answer is null ? held.WrittenSpan : answer);
    }
}
