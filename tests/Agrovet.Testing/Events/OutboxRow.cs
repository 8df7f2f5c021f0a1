using System.Text.Json;

namespace Agrovet.Testing;

/// <summary>One row of a service's outbox: an event raised in a transaction, sent or not yet.</summary>
public sealed record OutboxRow(string Topic, string Type, string Subject, JsonElement Data);
