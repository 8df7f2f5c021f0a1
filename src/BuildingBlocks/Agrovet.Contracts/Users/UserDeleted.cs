using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Users;

/// <summary>An account was deleted. Subject: the user id.</summary>
public sealed record UserDeleted(long UserId) : IIntegrationEvent<UserDeleted>
{
    public const string TypeName = "user.deleted";

    public static string EventType => TypeName;

    public static string Topic => Topics.UserEvents;

    public static JsonTypeInfo<UserDeleted> JsonTypeInfo => ContractsJsonContext.Default.UserDeleted;
}
