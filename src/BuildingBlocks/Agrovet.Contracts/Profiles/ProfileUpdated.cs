using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Profiles;

/// <summary>A profile was changed (or deleted, with Deleted set). Subject: the profile id.</summary>
public sealed record ProfileUpdated(
    long ProfileId,
    string Kind,
    long UserId,
    string DisplayName,
    string? Region,
    Guid? Avatar,
    bool Deleted) : IIntegrationEvent<ProfileUpdated>
{
    public const string TypeName = "profile.updated";

    public static string EventType => TypeName;

    public static string Topic => Topics.ProfileEvents;

    public static JsonTypeInfo<ProfileUpdated> JsonTypeInfo => ContractsJsonContext.Default.ProfileUpdated;
}
