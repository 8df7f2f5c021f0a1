using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Audit;

/// <summary>
/// An administrator changed something (a user's role, an ad, an order's status, a file). Every service raises it
/// through its outbox in the same transaction as the change; the auth service keeps the append-only audit log of them.
/// <see cref="Changes"/> is <c>{"field": [old, new]}</c> (see <see cref="AuditChanges"/>); <see cref="ObjectType"/>
/// is one of <see cref="AuditObjectTypes"/>. Subject: <c>{object_type}:{object_id}</c>.
/// </summary>
public sealed record AdminActionRecorded(
    long ActorId,
    string ActorUsername,
    string Action,
    string ObjectType,
    string ObjectId,
    string ObjectRepr,
    JsonElement Changes,
    DateTimeOffset OccurredAt) : IIntegrationEvent<AdminActionRecorded>
{
    public const string TypeName = "audit.recorded";

    public static string EventType => TypeName;

    public static string Topic => Topics.AuditEvents;

    public static JsonTypeInfo<AdminActionRecorded> JsonTypeInfo => ContractsJsonContext.Default.AdminActionRecorded;
}
