using System.Text.Json.Serialization;
using Agrovet.Profiles.Profiles;
using Agrovet.ServiceDefaults.Pagination;

namespace Agrovet.Profiles;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ProfileInput))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Guid?))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(SpecialistResponse))]
[JsonSerializable(typeof(BusinessmanResponse))]
[JsonSerializable(typeof(ConsumerResponse))]
[JsonSerializable(typeof(PagedResponse<SpecialistResponse>))]
[JsonSerializable(typeof(PagedResponse<BusinessmanResponse>))]
[JsonSerializable(typeof(PagedResponse<ConsumerResponse>))]
[JsonSerializable(typeof(AdminProfileResponse))]
[JsonSerializable(typeof(PagedResponse<AdminProfileResponse>))]
public sealed partial class ProfilesJsonContext : JsonSerializerContext;
