using System.Text.Json;

namespace Agrovet.Testing;

/// <summary>One entry of a topic's Redis stream: what the relay published.</summary>
public sealed record StreamEvent(string Type, string Subject, string Source, JsonElement Data);
