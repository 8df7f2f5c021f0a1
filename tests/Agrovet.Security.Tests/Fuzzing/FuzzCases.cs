using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Agrovet.Security.Tests.Platform;
using Agrovet.Testing;

namespace Agrovet.Security.Tests.Fuzzing;

/// <summary>
/// Derives hostile requests for one operation from its schema and an accepted request of it: each path, query and
/// header parameter and each body field given wrong types, boundary numbers and hostile text, and the body as a whole
/// broken (not JSON, the wrong JSON shape, nested deep, too big, invalid UTF-8, the wrong content type). A seeded
/// random choice of at most <c>cap</c> of them is tried.
/// </summary>
public static class FuzzCases
{
    public const string OversizedBody = "a 3 MB body";

    private const string Marker = "\"__agrovet_fuzz__\"";

    public static IReadOnlyList<FuzzCase> For(PreparedRequest accepted, Random random, int cap)
    {
        var all = new List<FuzzCase>();
        var operation = accepted.Operation;
        foreach (var parameter in operation.ParametersIn("path"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            foreach (var segment in HostileValues.PathSegments)
            {
                var values = new Dictionary<string, string>(accepted.PathValues) { [name] = segment };
                all.Add(new FuzzCase($"path {name}={Shorten(segment)}", accepted with { PathValues = values }));
            }
        }

        foreach (var parameter in operation.ParametersIn("query"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            foreach (var value in HostileValues.QueryValues.Concat(HostileValues.Numbers.Select(Uri.EscapeDataString)))
            {
                all.Add(new FuzzCase($"query {name}={Shorten(value)}", accepted with { Query = [.. accepted.Query.Where(q => q.Key != name), new(name, value)] }));
            }

            all.Add(new FuzzCase($"query {name} repeated", accepted with { Query = [.. accepted.Query, new(name, "1"), new(name, "2")] }));
        }

        foreach (var parameter in operation.ParametersIn("header"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            foreach (var value in new[] { string.Empty, "not-a-uuid", new string('x', 8_000), "ñ", "00000000-0000-0000-0000-000000000000" })
            {
                all.Add(new FuzzCase($"header {name}={Shorten(value)}", accepted with { Headers = new Dictionary<string, string>(accepted.Headers) { [name] = value } }));
            }
        }

        all.Add(new FuzzCase("an unknown query parameter", accepted with { Query = [.. accepted.Query, new("zz%00", "%ED%A0%80")] }));
        all.AddRange(BodyCases(accepted));
        return [.. all.OrderBy(_ => random.Next()).Take(cap)];
    }

    private static IEnumerable<FuzzCase> BodyCases(PreparedRequest accepted)
    {
        if (accepted.Multipart)
        {
            foreach (var broken in MultipartCases(accepted))
            {
                yield return broken;
            }

            yield break;
        }

        var body = accepted.Body as JsonObject ?? [];
        if (accepted.Operation.BodySchema is { } schema && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var types = SchemaSet.TypesOf(accepted.Operation.Schemas.Resolve(property.Value));
                IEnumerable<string> values = [.. HostileValues.WrongTypes, HostileValues.Deep(5_000)];
                if (types.Contains("string") || types.Count == 0)
                {
                    values = values.Concat(HostileValues.Texts.Select(t => JsonSerializer.Serialize(t)));
                }

                if (types.Contains("integer") || types.Contains("number") || types.Count == 0)
                {
                    values = values.Concat(HostileValues.Numbers);
                }

                if (types.Contains("array"))
                {
                    values = values.Concat(HostileValues.Texts.Take(6).Select(t => $"[{JsonSerializer.Serialize(t)}]")).Concat(HostileValues.Numbers.Select(n => $"[{n}]"));
                    values = values.Append("[" + string.Join(',', Enumerable.Repeat("1", 10_000)) + "]");
                }

                foreach (var value in values)
                {
                    var text = WithField(body, property.Name, value);
                    yield return Json($"body {property.Name}={Shorten(value)}", accepted, text);
                }
            }
        }

        var valid = body.ToJsonString();
        yield return Json("a body that is not JSON", accepted, "{\"a\":");
        yield return Json("an empty body", accepted, string.Empty);
        yield return Json("a JSON array body", accepted, "[]");
        yield return Json("a JSON string body", accepted, "\"\\u0000\"");
        yield return Json("a JSON null body", accepted, "null");
        yield return Json("a body nested 100,000 deep", accepted, HostileValues.Deep(100_000));
        yield return Json(OversizedBody, accepted, $"{{\"x\":\"{new string('a', 3_000_000)}\"}}");
        yield return Json("duplicate keys", accepted, valid.Length > 2 ? valid[..^1] + "," + valid[1..] : "{\"a\":1,\"a\":2}");
        yield return Raw("invalid UTF-8", accepted, [.. "{\"x\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8], "application/json");
        yield return Raw("a NUL byte in the JSON", accepted, [.. "{\"x\":\"a"u8, 0x00, .. "\"}"u8], "application/json");
        yield return Raw("a byte-order mark", accepted, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(valid)], "application/json");
        yield return Raw("text/plain content", accepted, Encoding.UTF8.GetBytes(valid), "text/plain");
        yield return Raw("XML content", accepted, "<a><b>1</b></a>"u8.ToArray(), "application/xml");
        yield return Raw("a form instead of JSON", accepted, "a=1&b=%00"u8.ToArray(), "application/x-www-form-urlencoded");
        yield return Raw("a multipart body instead of JSON", accepted, "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n"u8.ToArray(), "multipart/form-data; boundary=x");
        yield return Raw("an unknown charset", accepted, Encoding.UTF8.GetBytes(valid), "application/json; charset=ebcdic-xx");
    }

    private static IEnumerable<FuzzCase> MultipartCases(PreparedRequest accepted)
    {
        yield return Raw("multipart without a boundary", accepted, "--x\r\n\r\n--x--"u8.ToArray(), "multipart/form-data");
        yield return Raw("multipart never closed", accepted, "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\nabc"u8.ToArray(), "multipart/form-data; boundary=x");
        yield return Raw("an empty multipart", accepted, "--x--\r\n"u8.ToArray(), "multipart/form-data; boundary=x");
        yield return Raw("JSON instead of multipart", accepted, "{\"file\":\"a\"}"u8.ToArray(), "application/json");
        yield return Raw("text instead of multipart", accepted, "garbage"u8.ToArray(), "text/plain");
        yield return Raw("a boundary of 200 characters", accepted, "--x\r\n\r\n--x--"u8.ToArray(), "multipart/form-data; boundary=" + new string('b', 200));
        yield return Raw("a file name with a NUL and a path", accepted, [.. "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../a"u8, 0x00, .. ".png\"\r\n\r\n\u0089PNG\r\n--x--\r\n"u8], "multipart/form-data; boundary=x");
        yield return Multipart("an unknown purpose", accepted, "purpose", "\ud800", "a.png", [0x89, 0x50, 0x4E, 0x47]);
        yield return Multipart("a non-image as an avatar", accepted, "purpose", "avatar", "a.png", "MZ\u0090\u0000 not an image"u8.ToArray());
        yield return Multipart("an empty file", accepted, "purpose", "avatar", "a.png", []);
        yield return Multipart("is_public not a boolean", accepted, "is_public", "maybe", "a.png", [0x89, 0x50, 0x4E, 0x47]);
    }

    private static FuzzCase Multipart(string what, PreparedRequest accepted, string field, string value, string fileName, byte[] file) =>
        new(what, accepted with
        {
            Content = () => new MultipartFormDataContent
            {
                { new StringContent(value), field },
                { new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", fileName },
            },
        });

    private static FuzzCase Json(string what, PreparedRequest accepted, string json) =>
        Raw(what, accepted, Encoding.UTF8.GetBytes(json), "application/json");

    private static FuzzCase Raw(string what, PreparedRequest accepted, byte[] bytes, string contentType) =>
        new(what, accepted with
        {
            Content = () =>
            {
                var content = new ByteArrayContent(bytes);
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                return content;
            },
        });

    /// <summary>The accepted body as text with <paramref name="field"/> set to the raw JSON <paramref name="value"/> (which need not parse).</summary>
    private static string WithField(JsonObject body, string field, string value)
    {
        var copy = body.DeepClone().AsObject();
        copy[field] = "__agrovet_fuzz__";
        return copy.ToJsonString().Replace(Marker, value, StringComparison.Ordinal);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : $"{text[..20]}…({text.Length} chars)";
}
