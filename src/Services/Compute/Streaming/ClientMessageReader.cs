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
            return (null, Error(null, "invalid_json", "Not JSON", $"The message is not JSON ({exception.Message}). Send one JSON object per text frame, e.g. {{\"type\":\"render\",\"id\":1,\"params\":{{\"dataset\":\"crop-yields-1m\"}}}}."));
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Error(null, "invalid_message", "Not an object", "A message is a JSON object with a \"type\": render, inspect, cancel or ping."));
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
                    errors["id"] = ["id must be a whole number from 0 up; the answers carry it back."];
                }
            }
            var type = root.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
            if (type is not (Render or Inspect or Cancel or Ping))
            {
                errors["type"] = [$"type must be one of: {Render}, {Inspect}, {Cancel}, {Ping}."];
            }
            Dictionary<string, string?>? parameters = null;
            if (root.TryGetProperty("params", out var paramsElement) && paramsElement.ValueKind != JsonValueKind.Null)
            {
                parameters = Parameters(paramsElement, errors);
            }
            else if (type == Render)
            {
                errors["params"] = ["A render message needs \"params\": the view's parameters, as /compute/render.png takes them (at least \"dataset\")."];
            }
            var px = Pixel(root, "px", type == Inspect, errors);
            var py = Pixel(root, "py", type == Inspect, errors);
            if (errors.Count > 0)
            {
                return (null, new ErrorFrame("error", id, type is Render or Inspect && errors.Keys.All(key => key.StartsWith("params", StringComparison.Ordinal) || ViewParameters.Names.Contains(key))
                    ? "invalid_parameters" : "invalid_message", "Invalid message", "The message cannot be followed; see errors for each field and how to fix it.", errors));
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
            errors["params"] = ["params must be an object of parameter names and values, e.g. {\"dataset\":\"crop-yields-1m\",\"agg\":\"mean\"}."];
            return null;
        }
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!ViewParameters.Names.Contains(property.Name))
            {
                errors[Printable(property.Name)] = [$"'{Printable(property.Name)}' is not a parameter; the parameters are: {string.Join(", ", ViewParameters.Names.Order(StringComparer.Ordinal))}."];
                continue;
            }
            var value = Text(property.Value);
            if (value is null && property.Value.ValueKind != JsonValueKind.Null)
            {
                errors[property.Name] = [$"{property.Name} must be text, a number, true or false, or a list of those."];
                continue;
            }
            if (value is not null && value.Contains('\0', StringComparison.Ordinal))
            {
                errors[property.Name] = [$"{property.Name} contains a NUL character (U+0000), which no parameter may hold."];
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
                errors[name] = [$"{name} is required: the pixel's {(name == "px" ? "column (0 at the left)" : "row (0 at the top)")} in the image."];
            }
            return null;
        }
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var pixel) && pixel >= 0)
        {
            return pixel;
        }
        errors[name] = [$"{name} must be a whole number of pixels from 0 up."];
        return null;
    }

    private static string Printable(string name) =>
        string.Concat(name.Take(64).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString(CultureInfo.InvariantCulture)));
}
