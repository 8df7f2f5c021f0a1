namespace Agrovet.ServiceDefaults.Json;

/// <summary>
/// A JSON string the platform will not take (NUL, invalid Unicode): a 400 that names the field and says why.
/// </summary>
public sealed class UnacceptableTextException : InvalidJsonValueException
{
    public UnacceptableTextException()
    {
    }

    public UnacceptableTextException(string message)
        : base(message)
    {
    }

    public UnacceptableTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
