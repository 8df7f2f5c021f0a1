using System.Globalization;
using System.Text.Json;
using Agrovet.Compute.Rendering;

namespace Agrovet.Compute.Streaming;

/// <summary>
/// Reads a client's JSON message. Parameter values may be text, numbers, booleans or lists of those (a list becomes
/// the comma-separated text the REST API takes: <c>"x_range": [-70, -50]</c> is <c>x_range=-70,-50</c>).
/// </summary>
public static class ClientMessageReader
{
    public const string Render = "render";
    public const string Inspect = "inspect";
    public const string Cancel = "cancel";
    public const string Ping = "ping";

    private const string MessageExample = "{\"type\":\"render\",\"id\":1,\"params\":{\"dataset\":\"crop-yields-1m\"}}";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8 };

    /// <summary>The message, or an error frame saying what is wrong with it.</summary>
    public static (ClientMessage? Message, ErrorFrame? Error) Read(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return ReadJson(utf8);
        }
        catch (InvalidOperationException exception)
        {
            // A text the JSON reader parses but cannot turn into a string (a lone surrogate "\ud800") used to end the socket.
            return (null, Error(null, "invalid_json", "Not valid text", $"The message holds text that is not valid Unicode ({exception.Message}). Send UTF-8 JSON without lone surrogates."));
        }
    }

    private static (ClientMessage? Message, ErrorFrame? Error) ReadJson(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException exception)
        {
            var where = Messages.FormatNotJsonWhere((exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1);
            return (null, Error(null, "invalid_json", Messages.NotJsonTitle, Messages.FormatNotJson(where, MessageExample)));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Error(null, "invalid_message", Messages.NotObjectTitle, Messages.NotObject));
            }
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            long? id = null;
            if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
            {
                if (idElement.ValueKind == JsonValueKind.Number && idElement.TryGetInt64(out var number) && number >= 0)
                {
                    id = number;
                }
                else
                {
                    errors["id"] = [Messages.IdWholeNumber];
                }
            }
            var type = root.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
            if (type is not (Render or Inspect or Cancel or Ping))
            {
                errors["type"] = [Messages.FormatTypeChoices($"{Render}, {Inspect}, {Cancel}, {Ping}")];
            }
            Dictionary<string, string?>? parameters = null;
            if (root.TryGetProperty("params", out var paramsElement) && paramsElement.ValueKind != JsonValueKind.Null)
            {
                parameters = Parameters(paramsElement, errors);
            }
            else if (type == Render)
            {
                errors["params"] = [Messages.RenderNeedsParams];
            }
            var px = Pixel(root, "px", type == Inspect, errors);
            var py = Pixel(root, "py", type == Inspect, errors);
            if (errors.Count > 0)
            {
                return (null, new ErrorFrame("error", id, type is Render or Inspect && errors.Keys.All(key => key.StartsWith("params", StringComparison.Ordinal) || ViewParameters.Names.Contains(key))
                    ? "invalid_parameters" : "invalid_message", Messages.InvalidMessageTitle, Messages.InvalidMessage, errors));
            }
            return (new ClientMessage(type!, id, parameters, px, py), null);
        }
    }

    public static ErrorFrame Error(long? id, string code, string title, string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new("error", id, code, title, detail, errors);

    private static Dictionary<string, string?>? Parameters(JsonElement element, Dictionary<string, string[]> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors["params"] = [Messages.FormatParamsObject("{\"dataset\":\"crop-yields-1m\",\"agg\":\"mean\"}")];
            return null;
        }
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!ViewParameters.Names.Contains(property.Name))
            {
                errors[Printable(property.Name)] = [Messages.FormatNotAParameter(Printable(property.Name), string.Join(", ", ViewParameters.Names.Order(StringComparer.Ordinal)))];
                continue;
            }
            var value = Text(property.Value);
            if (value is null && property.Value.ValueKind != JsonValueKind.Null)
            {
                errors[property.Name] = [Messages.FormatParameterValueKind(property.Name)];
                continue;
            }
            if (value is not null && value.Contains('\0', StringComparison.Ordinal))
            {
                errors[property.Name] = [Messages.FormatParameterNul(property.Name)];
                continue;
            }
            parameters[property.Name] = value;
        }
        return parameters;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array when value.EnumerateArray().All(item => item.ValueKind is JsonValueKind.String or JsonValueKind.Number) =>
            string.Join(',', value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText())),
        _ => null,
    };

    private static int? Pixel(JsonElement root, string name, bool required, Dictionary<string, string[]> errors)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors[name] = [name == "px" ? Messages.PxRequired : Messages.PyRequired];
            }
            return null;
        }
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var pixel) && pixel >= 0)
        {
            return pixel;
        }
        errors[name] = [Messages.FormatPixelWhole(name)];
        return null;
    }

    private static string Printable(string name) =>
        string.Concat(name.Take(64).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString(CultureInfo.InvariantCulture)));
}
