using System.Text.Json;

namespace Agrovet.ServiceDefaults.Json;

/// <summary>
/// A JSON string the platform will not take (NUL, invalid Unicode). A <see cref="JsonException"/>, so the serializer
/// adds the field's path and the request becomes a 400 that names the field and says why.
/// </summary>
public sealed class UnacceptableTextException : JsonException
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
