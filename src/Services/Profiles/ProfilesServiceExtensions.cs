using Agrovet.Data;
using Agrovet.EventBus.Hosting;
using Agrovet.LocalCopies;
using Agrovet.Profiles.Avatars;
using Agrovet.Profiles.Data;
using Agrovet.Profiles.Profiles;
using Agrovet.Profiles.Users;
using Agrovet.ServiceDefaults.Json;

namespace Agrovet.Profiles;

public static class ProfilesServiceExtensions
{
    public const string RoutePrefix = "/api/profiles";

    public static WebApplicationBuilder AddProfilesService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ProfilesDbContext>();
        builder.AddEventBus<ProfilesDbContext>();
        builder.AddLocalCopies<ProfilesDbContext>(copies => copies.Users<DeletedUserProfiles>().Media<DeletedAvatars>());

        var services = builder.Services;
        services.AddJsonContext(ProfilesJsonContext.Default);
        services.AddScoped<ProfileChanges>();
        return builder;
    }

    public static WebApplication MapProfiles(this WebApplication app)
    {
        var profiles = app.MapGroup(RoutePrefix);
        AdminProfileEndpoints.Map(profiles);
        ProfileKindEndpoints<SpecialistResponse>.Map(profiles);
        ProfileKindEndpoints<BusinessmanResponse>.Map(profiles);
        ProfileKindEndpoints<ConsumerResponse>.Map(profiles);
        return app;
    }
}
