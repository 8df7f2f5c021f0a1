namespace Agrovet.LocalInfrastructure;

/// <summary>
/// A server program (PostgreSQL or Redis) is not installed. <see cref="Exception.Message"/> is one line that says how to
/// install it; <see cref="PackageName"/> is the Debian/Ubuntu package that provides it.
/// </summary>
public sealed class MissingServerBinariesException : Exception
{
    public MissingServerBinariesException()
    {
        PackageName = string.Empty;
    }

    public MissingServerBinariesException(string message)
        : base(message)
    {
        PackageName = string.Empty;
    }

    public MissingServerBinariesException(string message, Exception innerException)
        : base(message, innerException)
    {
        PackageName = string.Empty;
    }

    public MissingServerBinariesException(string message, string packageName)
        : base(message)
    {
        PackageName = packageName;
    }

    /// <summary>The apt package to install, e.g. "postgresql" or "redis-server".</summary>
    public string PackageName { get; }
}
