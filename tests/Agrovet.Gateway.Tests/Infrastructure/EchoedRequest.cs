namespace Agrovet.Gateway.Tests.Infrastructure;

/// <summary>What an echo upstream received, as it tells it back.</summary>
public sealed record EchoedRequest(
    string Service,
    string Method,
    string Path,
    string Query,
    Dictionary<string, string> Headers,
    long BodyLength,
    string Body)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
