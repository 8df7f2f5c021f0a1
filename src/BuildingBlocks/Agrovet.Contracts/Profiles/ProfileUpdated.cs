using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Profiles;

/// <summary>
/// A profile was changed (or deleted, with Deleted set). Subject: the profile id. <see cref="Region"/> is the
/// division's name to show, <see cref="RegionCode"/> its ISO 3166-2 code to match on (as in <see cref="ProfileCreated"/>).
/// </summary>
public sealed record ProfileUpdated(
    long ProfileId,
    string Kind,
    long UserId,
    string DisplayName,
    string? Region,
    Guid? Avatar,
    bool Deleted,
    string? RegionCode = null) : IIntegrationEvent<ProfileUpdated>
{
    public const string TypeName = "profile.updated";

    public static string EventType => TypeName;

    public static string Topic => Topics.ProfileEvents;

    public static JsonTypeInfo<ProfileUpdated> JsonTypeInfo => ContractsJsonContext.Default.ProfileUpdated;
}
