using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Agrovet.Testing;

/// <summary>
/// Reads a running service's OpenAPI document and derives hostile requests from it, so every operation is covered,
/// those of a service added later included, without a list to keep up to date: for every operation, each string
/// field of its JSON body and each string query parameter given a NUL, and each header parameter a control character.
/// Path parameters and the body's other required fields get plausible values. Each answer must be a 400
/// problem+json whose <c>errors</c> names the field.
/// </summary>
public static class OpenApiProbe
{
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>The value a body field or query parameter gets: text with a NUL inside.</summary>
    public const string NulText = "a\u0000b";

    /// <summary>The value a header parameter gets (HTTP clients refuse to send a NUL in a header): a control character.</summary>
    public const string ControlText = "a\u0001b";

    private const int MaxDepth = 4;

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    /// <summary>The cases of the document served at <see cref="DocumentPath"/> by <paramref name="client"/>'s service.</summary>
    public static async Task<IReadOnlyList<ProbeCase>> NulCasesAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(DocumentPath, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {DocumentPath} answered {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return NulCases(document.RootElement);
    }

    public static IReadOnlyList<ProbeCase> NulCases(JsonElement document)
    {
        var schemas = new SchemaSet(document);
        var cases = new List<ProbeCase>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name, StringComparer.Ordinal)))
            {
                cases.AddRange(CasesOf(path.Name, path.Value, operation, schemas));
            }
        }

        return cases;
    }

    /// <summary>
    /// Sends every case, each with the first of <paramref name="clients"/> that is not refused for authorization
    /// (order them from least to most privileged), and fails listing every case not answered with a 400 problem+json
    /// naming its field.
    /// </summary>
    public static async Task AssertAllRefusedAsync(IReadOnlyList<ProbeCase> cases, IReadOnlyList<HttpClient> clients, CancellationToken cancellationToken)
    {
        Assert.NotEmpty(cases);
        var failures = new List<string>();
        foreach (var probe in cases)
        {
            if (await FailureOfAsync(probe, clients, cancellationToken) is { } failure)
            {
                failures.Add($"{probe}: {failure}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} hostile requests were not refused with a 400 naming the field:\n{string.Join('\n', failures)}");
    }

    private static async Task<string?> FailureOfAsync(ProbeCase probe, IReadOnlyList<HttpClient> clients, CancellationToken cancellationToken)
    {
        string? failure = null;
        foreach (var client in clients)
        {
            using var request = probe.CreateRequest();
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                failure = $"refused for authorization ({(int)response.StatusCode}) to every client";
                continue;
            }

            if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != ProblemAssertions.ProblemContentType)
            {
                return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}: {Shorten(body)}";
            }

            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any(e => probe.IsNamedBy(e.Name))
                ? null
                : $"400 without an error for '{probe.Field}': {Shorten(body)}";
        }

        return failure;
    }

    private static IEnumerable<ProbeCase> CasesOf(string template, JsonElement pathItem, JsonProperty operation, SchemaSet schemas)
    {
        var method = operation.Name.ToUpperInvariant();
        var parameters = Parameters(pathItem).Concat(Parameters(operation.Value)).ToList();
        var path = FillPath(template, parameters, schemas);
        var bodySchema = JsonBodySchema(operation.Value, schemas);
        var plausibleBody = bodySchema is { } plausibleSchema ? Plausible(plausibleSchema, schemas, 0)?.ToJsonString() : null;

        foreach (var parameter in parameters)
        {
            var name = parameter.GetProperty("name").GetString()!;
            var schema = parameter.TryGetProperty("schema", out var s) ? schemas.Resolve(s) : default;
            if (!AdmitsString(schema, schemas))
            {
                continue;
            }

            switch (parameter.GetProperty("in").GetString())
            {
                case "query":
                    yield return new ProbeCase(method, $"{path}?{Uri.EscapeDataString(name)}={Uri.EscapeDataString(NulText)}", ProbeLocation.Query, name, null, plausibleBody);
                    break;
                case "header":
                    yield return new ProbeCase(method, path, ProbeLocation.Header, name, ControlText, plausibleBody);
                    break;
            }
        }

        if (bodySchema is not { } body)
        {
            yield break;
        }

        foreach (var (field, hostile) in StringFields(body, schemas, string.Empty, 0))
        {
            yield return new ProbeCase(method, path, ProbeLocation.Body, field, null, BodyWith(body, schemas, field, hostile).ToJsonString());
        }
    }

    private static List<JsonElement> Parameters(JsonElement owner) =>
        owner.TryGetProperty("parameters", out var parameters) ? [.. parameters.EnumerateArray()] : [];

    private static string FillPath(string template, List<JsonElement> parameters, SchemaSet schemas)
    {
        var path = new StringBuilder(template);
        foreach (var parameter in parameters.Where(p => p.GetProperty("in").GetString() == "path"))
        {
            var schema = parameter.TryGetProperty("schema", out var s) ? schemas.Resolve(s) : default;
            var value = Plausible(schema, schemas, 0) is JsonValue v ? v.ToString() : "1";
            path.Replace("{" + parameter.GetProperty("name").GetString() + "}", Uri.EscapeDataString(value));
        }

        return path.ToString();
    }

    private static JsonElement? JsonBodySchema(JsonElement operation, SchemaSet schemas) =>
        operation.TryGetProperty("requestBody", out var body)
        && body.TryGetProperty("content", out var content)
        && content.EnumerateObject().FirstOrDefault(c => c.Name.Contains("json", StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.Object } json
        && json.Value.TryGetProperty("schema", out var schema)
            ? schemas.Resolve(schema)
            : null;

    /// <summary>Each field of an object schema that takes a string, as (JSON path, hostile value), nested objects and string lists included.</summary>
    private static IEnumerable<(string Field, JsonNode Hostile)> StringFields(JsonElement schema, SchemaSet schemas, string prefix, int depth)
    {
        if (depth > MaxDepth || !schema.TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var field = prefix + property.Name;
            var propertySchema = schemas.Resolve(property.Value);
            if (AdmitsString(propertySchema, schemas))
            {
                yield return (field, JsonValue.Create(NulText));
            }
            else if (HasType(propertySchema, "array") && propertySchema.TryGetProperty("items", out var items) && AdmitsString(schemas.Resolve(items), schemas))
            {
                yield return (field, new JsonArray(JsonValue.Create(NulText)));
            }
            else if (propertySchema.TryGetProperty("properties", out _))
            {
                foreach (var nested in StringFields(propertySchema, schemas, field + ".", depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>A plausible body with the hostile value at <paramref name="field"/>, written first so it is the first thing read.</summary>
    private static JsonObject BodyWith(JsonElement schema, SchemaSet schemas, string field, JsonNode hostile)
    {
        var (name, rest) = field.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? (field[..dot], field[(dot + 1)..]) : (field, null);
        var properties = schema.GetProperty("properties");
        var body = new JsonObject
        {
            [name] = rest is null ? hostile : BodyWith(schemas.Resolve(properties.GetProperty(name)), schemas, rest, hostile),
        };
        foreach (var required in Required(schema).Where(r => r != name && properties.TryGetProperty(r, out _)))
        {
            body[required] = Plausible(schemas.Resolve(properties.GetProperty(required)), schemas, 1);
        }

        return body;
    }

    private static JsonNode? Plausible(JsonElement schema, SchemaSet schemas, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (HasType(schema, "object") || schema.TryGetProperty("properties", out _))
        {
            var value = new JsonObject();
            if (depth < MaxDepth && schema.TryGetProperty("properties", out var properties))
            {
                foreach (var required in Required(schema).Where(r => properties.TryGetProperty(r, out _)))
                {
                    value[required] = Plausible(schemas.Resolve(properties.GetProperty(required)), schemas, depth + 1);
                }
            }

            return value;
        }

        if (HasType(schema, "array"))
        {
            return new JsonArray();
        }

        if (HasType(schema, "integer") || HasType(schema, "number"))
        {
            return JsonValue.Create(1);
        }

        if (HasType(schema, "boolean"))
        {
            return JsonValue.Create(false);
        }

        if (!HasType(schema, "string"))
        {
            return null;
        }

        return JsonValue.Create((schema.TryGetProperty("format", out var format) ? format.GetString() : null) switch
        {
            "uuid" => Guid.NewGuid().ToString(),
            "date-time" => DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            "date" => "2026-01-01",
            "email" => "probe@example.com",
            _ => "probe",
        });
    }

    private static IEnumerable<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!) : [];

    /// <summary>A schema a JSON string satisfies: typed string (any format), or untyped (any value), or a union with either.</summary>
    private static bool AdmitsString(JsonElement schema, SchemaSet schemas)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var union in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(union, out var branches))
            {
                return branches.EnumerateArray().Any(b => AdmitsString(schemas.Resolve(b), schemas));
            }
        }

        return schema.TryGetProperty("type", out _)
            ? HasType(schema, "string")
            : !schema.TryGetProperty("properties", out _) && !schema.TryGetProperty("items", out _);
    }

    private static bool HasType(JsonElement schema, string type) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var declared) && declared.ValueKind switch
        {
            JsonValueKind.String => declared.GetString() == type,
            JsonValueKind.Array => declared.EnumerateArray().Any(t => t.GetString() == type),
            _ => false,
        };

    private static string Shorten(string body) => body.Length <= 400 ? body : body[..400] + "…";
}
