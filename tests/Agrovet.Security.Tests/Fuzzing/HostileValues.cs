using System.Text.Json.Nodes;

namespace Agrovet.Security.Tests.Fuzzing;

/// <summary>What the fuzzer puts where a schema expects something else, or at the edge of what it allows.</summary>
public static class HostileValues
{
    /// <summary>Texts for string fields: empty, NUL, lone surrogates, bidi overrides, huge, markup, injection, path tricks.</summary>
    public static readonly string[] Texts =
    [
        string.Empty,
        " ",
        "a\u0000b",
        "\ud800",
        "x\udfffy",
        "\u202eevil\u202c",
        "\uffff\ufffe",
        new string('a', 70_000),
        string.Concat(Enumerable.Repeat("😀", 5_000)),
        "<script>alert(1)</script>",
        "'; DROP TABLE users; --",
        "../../../../etc/passwd",
        "%00%ff",
        "\r\nX-Injected: 1",
        "1e309",
        "-0",
        "null",
    ];

    /// <summary>Numbers at and past the edges of 32- and 64-bit integers and doubles, written as JSON numbers.</summary>
    public static readonly string[] Numbers =
    [
        "-1",
        "0",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999999999999999999999",
        "1e400",
        "-1e400",
        "1.5",
        "1e-400",
        "4.9e-324",
    ];

    /// <summary>Values of the wrong JSON type for any field.</summary>
    public static readonly string[] WrongTypes = ["true", "[]", "{}", "null", "\"text\"", "123", "[[[]]]", "{\"a\":{\"b\":{}}}"];

    /// <summary>Path segments: wrong types, out of range, escapes of NUL, broken UTF-8 and surrogates, traversal, huge.</summary>
    public static readonly string[] PathSegments =
    [
        "abc",
        "-1",
        "0",
        "99999999999999999999",
        "1.5",
        "%00",
        "%ED%A0%80",
        "%FF%FE",
        "..%2F..%2Fetc",
        "%2e%2e",
        new string('9', 4_000),
        "null",
        "%27%20OR%201%3D1",
        "%C3%B1and%C3%BA",
        "%E2%80%AE",
    ];

    /// <summary>Query values (already escaped): the path segments' tricks and a few of their own.</summary>
    public static readonly string[] QueryValues = [.. PathSegments, "", "%20", "true%00", "1e400", "-9223372036854775809", "a&b=c", "%5B%5D"];

    /// <summary>A JSON array nested <paramref name="depth"/> deep.</summary>
    public static string Deep(int depth) => new string('[', depth) + new string(']', depth);

    public static JsonNode? Parse(string json) => JsonNode.Parse(json);
}
