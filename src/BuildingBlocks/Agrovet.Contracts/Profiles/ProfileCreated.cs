using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Profiles;

/// <summary>A profile was created. Subject: the profile id.</summary>
public sealed record ProfileCreated(
    long ProfileId,
    string Kind,
    long UserId,
    string DisplayName,
    string? Region,
    Guid? Avatar) : IIntegrationEvent<ProfileCreated>
{
    public const string TypeName = "profile.created";

    public static string EventType => TypeName;

    public static string Topic => Topics.ProfileEvents;

    public static JsonTypeInfo<ProfileCreated> JsonTypeInfo => ContractsJsonContext.Default.ProfileCreated;
}
