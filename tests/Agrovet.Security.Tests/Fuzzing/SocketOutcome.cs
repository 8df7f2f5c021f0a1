namespace Agrovet.Security.Tests.Fuzzing;

/// <summary>How a socket answered a hostile frame: an error frame (the socket stays open), a close with a code, or nothing in time.</summary>
public sealed record SocketOutcome(string Kind, int? CloseCode, string Detail)
{
    public static SocketOutcome ErrorFrame(string frame) => new("error frame", null, frame);

    public static SocketOutcome Closed(int? code, string? description) => new("close", code, description ?? string.Empty);

    public static SocketOutcome Silence(string detail) => new("nothing", null, detail);

    public override string ToString() => CloseCode is { } code ? $"close {code} {Detail}" : $"{Kind} {Detail}";
}
