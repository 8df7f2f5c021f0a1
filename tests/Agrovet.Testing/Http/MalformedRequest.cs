using System.Text;

namespace Agrovet.Testing;

/// <summary>
/// A request no well-behaved client sends, for tests of what a server answers before (or as) the app runs: each must
/// be refused with <see cref="Status"/> as problem+json. <see cref="Field"/>: the name the answer's errors carry, when it has some.
/// </summary>
public sealed record MalformedRequest(string Name, byte[] Bytes, int Status, string? Field = null)
{
    /// <summary>The cases by name, aimed at <paramref name="path"/> (an existing GET endpoint of the server under test).</summary>
    public static IReadOnlyDictionary<string, MalformedRequest> For(string path) => new MalformedRequest[]
    {
        new("header with a 0x01 byte", Request($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Probe: a\u0001b\r\nConnection: close\r\n\r\n"), 400, "X-Probe"),
        new("header with a NUL byte", Request($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Probe: a\u0000b\r\nConnection: close\r\n\r\n"), 400),
        new("NUL in a path segment", Request("GET /api/x/%00/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400),
        new("NUL in the query string", Request($"GET {path}?q=a%00b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400, "q"),
        new("header over the size limit", Request($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Probe: {new string('a', 40 * 1024)}\r\n\r\n"), 431),
        new("request line over the size limit", Request($"GET {path}{new string('a', 10 * 1024)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 414),
        new("malformed request line", Request("NOT A REQUEST LINE\r\n\r\n"), 400),
        new("unknown HTTP version", Request($"GET {path} HTTP/7.0\r\nHost: 127.0.0.1\r\n\r\n"), 505),
    }.ToDictionary(r => r.Name, StringComparer.Ordinal);

    /// <summary>The names of <see cref="For"/>, as theory data.</summary>
    public static IEnumerable<string> Names => For("/").Keys;

    public override string ToString() => Name;

    private static byte[] Request(string text) => Encoding.Latin1.GetBytes(text);
}
