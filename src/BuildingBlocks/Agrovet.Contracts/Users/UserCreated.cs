using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Users;

/// <summary>An account was registered (or created by an admin). Subject: the user id.</summary>
public sealed record UserCreated(
    long UserId,
    string Username,
    string Email,
    string Role,
    bool IsActive,
    DateTimeOffset DateJoined) : IIntegrationEvent<UserCreated>
{
    public const string TypeName = "user.created";

    public static string EventType => TypeName;

    public static string Topic => Topics.UserEvents;

    public static JsonTypeInfo<UserCreated> JsonTypeInfo => ContractsJsonContext.Default.UserCreated;
}
