namespace Agrovet.LocalCopies.Media;

/// <summary>The media service did not answer in time (down, timing out, or its circuit is open).</summary>
internal sealed class MediaServiceUnavailableException : Exception
{
    public MediaServiceUnavailableException()
    {
    }

    public MediaServiceUnavailableException(string message)
        : base(message)
    {
    }

    public MediaServiceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
