using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Agrovet.ServiceDefaults.OpenApi;
using Microsoft.OpenApi;

namespace Agrovet.Marketplace.Money;

/// <summary>Writes amounts as decimal strings with two decimals (<c>"1250.50"</c>), as DRF's DecimalField does.</summary>
public sealed class MoneyJsonConverter : JsonConverter<decimal>, IDescribesOpenApiSchema
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? decimal.Parse(reader.GetString()!, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => WriteAmount(writer, value);

    internal static void WriteAmount(Utf8JsonWriter writer, decimal value)
    {
        Span<byte> buffer = stackalloc byte[40];
        if (value.TryFormat(buffer, out var written, "0.00", CultureInfo.InvariantCulture))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(value.ToString("0.00", CultureInfo.InvariantCulture));
        }
    }

    public void Describe(OpenApiSchema schema, bool nullable)
    {
        schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        schema.Format = "decimal";
        schema.Pattern = "^-?[0-9]+\\.[0-9]{2}$";
        schema.Description ??= "An amount as a decimal string with two decimals, e.g. \"185000.00\".";
    }
}
