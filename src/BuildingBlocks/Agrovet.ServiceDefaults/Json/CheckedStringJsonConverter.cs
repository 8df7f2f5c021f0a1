using System.Text.Json;
using System.Text.Json.Serialization;
using Agrovet.ServiceDefaults.Text;

namespace Agrovet.ServiceDefaults.Json;

/// <summary>
/// Reads every JSON string of a request (properties, list items, dictionary keys) and refuses NUL and invalid Unicode
/// with the field's path, once for all services. It sits in the options' converters, which the services'
/// source-generated contexts consult before their own metadata, so it applies to them too.
/// </summary>
public sealed class CheckedStringJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadChecked(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadChecked(ref reader) ?? string.Empty;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string? ReadChecked(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            // A number, a bool, an object...: worded as the serializer words a wrong type, so the problem answer says
            // "must be text" (thrown from a converter, the serializer's own error would name the enclosing object).
            throw new JsonException("The JSON value could not be converted to System.String.");
        }

        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new UnacceptableTextException(TextRules.InvalidUnicodeMessage, e);
        }

        // Unescaped JSON text cannot hold a raw control character (the reader refuses it), so only "\u0000" brings a NUL.
        if (reader.ValueIsEscaped && TextRules.ContainsNul(value))
        {
            throw new UnacceptableTextException(TextRules.NulMessage);
        }

        return value;
    }
}
