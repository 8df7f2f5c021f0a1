using System.Text.Json;

namespace Agrovet.ServiceDefaults.Json;

/// <summary>
/// A converter's refusal of a JSON value whose message, in the request's language, says what is wrong and how to fix
/// it. A <see cref="JsonException"/>, so the serializer adds the field's path and the request becomes a 400 whose
/// <c>errors</c> hold this message under the field's JSON name.
/// </summary>
public class InvalidJsonValueException : JsonException
{
    public InvalidJsonValueException()
    {
    }

    public InvalidJsonValueException(string message)
        : base(message)
    {
    }

    public InvalidJsonValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
