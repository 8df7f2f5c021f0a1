using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Users;

/// <summary>
/// An account changed (role, activation, username or email). Carries the whole new state plus the snake_case names of
/// the fields that changed (<see cref="UserFields"/>), so a consumer can keep its copy without asking auth. Subject: the user id.
/// </summary>
public sealed record UserUpdated(
    long UserId,
    string Username,
    string Email,
    string Role,
    bool IsActive,
    IReadOnlyList<string> Changed) : IIntegrationEvent<UserUpdated>
{
    public const string TypeName = "user.updated";

    public static string EventType => TypeName;

    public static string Topic => Topics.UserEvents;

    public static JsonTypeInfo<UserUpdated> JsonTypeInfo => ContractsJsonContext.Default.UserUpdated;
}
