using System.Text.Json.Serialization.Metadata;
using Agrovet.Contracts.Events;

namespace Agrovet.Contracts.Profiles;

/// <summary>
/// A profile was created. Subject: the profile id. <see cref="Region"/> is the division's name to show ("Antioquia");
/// <see cref="RegionCode"/> its ISO 3166-2 code ("CO-ANT") for consumers to match on (null when none, or for a region
/// written before the catalog that named no division).
/// </summary>
public sealed record ProfileCreated(
    long ProfileId,
    string Kind,
    long UserId,
    string DisplayName,
    string? Region,
    Guid? Avatar,
    string? RegionCode = null) : IIntegrationEvent<ProfileCreated>
{
    public const string TypeName = "profile.created";

    public static string EventType => TypeName;

    public static string Topic => Topics.ProfileEvents;

    public static JsonTypeInfo<ProfileCreated> JsonTypeInfo => ContractsJsonContext.Default.ProfileCreated;
}
