namespace Agrovet.Compute.Streaming;

/// <summary>A token bucket: <c>burst</c> messages at once, refilled at <c>perSecond</c>.</summary>
public sealed class MessageRate(double perSecond, int burst, TimeProvider time)
{
    private double _tokens = burst;
    private long _last = time.GetTimestamp();

    /// <summary>Takes one message's token; false when the client has sent faster than allowed.</summary>
    public bool TryTake()
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(burst, _tokens + (time.GetElapsedTime(_last, now).TotalSeconds * perSecond));
        _last = now;
        if (_tokens < 1)
        {
            return false;
        }
        _tokens--;
        return true;
    }
}
