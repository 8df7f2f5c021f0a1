using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Agrovet.ServiceDefaults.Json;
using Agrovet.ServiceDefaults.OpenApi;
using Microsoft.OpenApi;

namespace Agrovet.Marketplace.Money;

/// <summary>
/// Reads an amount given as a JSON number (<c>1250.5</c>) or a decimal string (<c>"1250.50"</c>), as DRF accepts
/// both. The scale is kept (<c>1.00001</c> stays five decimals) so validation can refuse what it would round.
/// </summary>
public sealed class DecimalInputConverter : JsonConverter<decimal?>, IDescribesOpenApiSchema
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetDecimal(out var number):
                return number;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (text is { Length: > 0 and <= 40 } && decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                break;
        }

        throw new InvalidJsonValueException(Messages.AmountExpected);
    }

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } amount)
        {
            MoneyJsonConverter.WriteAmount(writer, amount);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public void Describe(OpenApiSchema schema, bool nullable)
    {
        schema.Type = JsonSchemaType.String | JsonSchemaType.Number | (nullable ? JsonSchemaType.Null : 0);
        schema.Format = "decimal";
        schema.Pattern = "^-?[0-9]+(\\.[0-9]+)?$";
        schema.Description ??= "An amount: a JSON number or a decimal string with a point, e.g. 185000.5 or \"185000.50\".";
    }
}
