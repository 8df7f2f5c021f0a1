using System.Text.Json;

namespace Agrovet.Testing;

/// <summary>An <c>audit.recorded</c> outbox row: the topic it goes to and the entry (actor, action, object, changes).</summary>
public sealed record AuditRow(string Topic, JsonElement Data);
