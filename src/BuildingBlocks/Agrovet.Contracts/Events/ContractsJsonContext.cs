using System.Text.Json.Serialization;
using Agrovet.Contracts.Audit;
using Agrovet.Contracts.Chat;
using Agrovet.Contracts.Forum;
using Agrovet.Contracts.Marketplace;
using Agrovet.Contracts.Media;
using Agrovet.Contracts.Profiles;
using Agrovet.Contracts.Users;

namespace Agrovet.Contracts.Events;

/// <summary>Source-generated snake_case JSON for every event record and the envelope.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(EventEnvelope))]
[JsonSerializable(typeof(UserCreated))]
[JsonSerializable(typeof(UserUpdated))]
[JsonSerializable(typeof(UserDeleted))]
[JsonSerializable(typeof(ProfileUpdated))]
[JsonSerializable(typeof(ProfileCreated))]
[JsonSerializable(typeof(MediaDeleted))]
[JsonSerializable(typeof(MediaCreated))]
[JsonSerializable(typeof(AdUpdated))]
[JsonSerializable(typeof(AdSold))]
[JsonSerializable(typeof(AdCreated))]
[JsonSerializable(typeof(AdminActionRecorded))]
[JsonSerializable(typeof(ChatRoomCreated))]
[JsonSerializable(typeof(ChatMessageSent))]
[JsonSerializable(typeof(PostCreated))]
[JsonSerializable(typeof(CommentAdded))]
[JsonSerializable(typeof(ReactionAdded))]
public sealed partial class ContractsJsonContext : JsonSerializerContext;
