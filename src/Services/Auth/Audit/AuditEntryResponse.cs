using System.Text.Json;
using Agrovet.EventBus.Audit;

namespace Agrovet.Auth.Audit;

/// <summary>An audit entry as the web admin's history view reads it; <c>changes</c> is <c>{"field": [old, new]}</c>.</summary>
public sealed record AuditEntryResponse(
    Guid Id,
    AuditActor Actor,
    string ActorUsername,
    string Action,
    string ObjectType,
    string ObjectId,
    string ObjectRepr,
    JsonElement Changes,
    DateTimeOffset CreatedAt)
{
    public static AuditEntryResponse From(AuditEntry entry) =>
        new(
            entry.Id,
            new AuditActor(entry.ActorId, entry.ActorUsername),
            entry.ActorUsername,
            entry.Action,
            entry.ObjectType,
            entry.ObjectId,
            entry.ObjectRepr,
            JsonElement.Parse(entry.Changes),
            entry.CreatedAt);
}
