namespace Agrovet.AppHost.Platform;

/// <summary>A start-up failure whose message tells the person what to do; printed without a stack trace.</summary>
public sealed class PlatformStartException : Exception
{
    public PlatformStartException()
    {
    }

    public PlatformStartException(string message)
        : base(message)
    {
    }

    public PlatformStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
