using System.Net.WebSockets;

namespace Agrovet.Compute.Service.Tests.Support;

/// <summary>
/// A frame the service sent: JSON text (ready, error, inspect, pong) or an image (a 4-byte big-endian header length,
/// the JSON header, the PNG), or the close the server sent.
/// </summary>
public sealed record SocketFrame(JsonElement Json, byte[]? Png, WebSocketCloseStatus? CloseStatus, string? CloseDescription)
{
    public string Type => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("type", out var type) ? type.GetString()! : "close";

    public bool IsImage => Png is not null;

    public long? Id => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : null;

    public string? Stage => IsImage ? Json.GetProperty("stage").GetString() : null;

    public string? Code => Type == "error" ? Json.GetProperty("code").GetString() : null;

    public override string ToString() => IsImage ? $"image {Stage} #{Id}" : CloseStatus is { } status ? $"close {(int)status} {CloseDescription}" : Json.GetRawText();
}
