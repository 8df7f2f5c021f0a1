using Agrovet.Contracts.Media;
using Agrovet.Contracts.Users;
using Agrovet.Data;
using Agrovet.EventBus.Hosting;
using Agrovet.Profiles.Avatars;
using Agrovet.Profiles.Data;
using Agrovet.Profiles.Profiles;
using Agrovet.Profiles.Users;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.ServiceDefaults.Json;
using Microsoft.Extensions.Http.Resilience;

namespace Agrovet.Profiles;

public static class ProfilesServiceExtensions
{
    public const string RoutePrefix = "/api/profiles";

    /// <summary>Resilience settings of the calls to the media service (e.g. <c>Profiles__MediaClient__AttemptTimeout__Timeout=00:00:01</c>).</summary>
    public const string MediaClientSection = "Profiles:MediaClient";

    public static WebApplicationBuilder AddProfilesService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ProfilesDbContext>();
        builder.AddEventBus<ProfilesDbContext>();
        builder.AddEventHandler<ProfilesDbContext, UserCreated, UserCreatedHandler>();
        builder.AddEventHandler<ProfilesDbContext, UserUpdated, UserUpdatedHandler>();
        builder.AddEventHandler<ProfilesDbContext, UserDeleted, UserDeletedHandler>();
        builder.AddEventHandler<ProfilesDbContext, MediaCreated, MediaCreatedHandler>();
        builder.AddEventHandler<ProfilesDbContext, MediaDeleted, MediaDeletedHandler>();

        var services = builder.Services;
        services.AddJsonContext(ProfilesJsonContext.Default);
        services.AddScoped<ProfileChanges>();
        services.AddScoped<KnownUsers>();
        services.AddScoped<AvatarCheck>();
        var resilience = services.AddHttpClient<MediaServiceClient>((sp, http) => http.BaseAddress = sp.GetRequiredService<InternalServiceUrls>().Media)
            .AddStandardResilienceHandler(o =>
            {
                // An answer within seconds or a 503: a profile edit must not hang on a sick media service.
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(6);
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromMilliseconds(100);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
                o.CircuitBreaker.MinimumThroughput = 10;
                o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(5);
            });
        if (builder.Configuration.GetSection(MediaClientSection) is { } configured && configured.Exists())
        {
            resilience.Configure(configured);
        }

        return builder;
    }

    public static WebApplication MapProfiles(this WebApplication app)
    {
        var profiles = app.MapGroup(RoutePrefix);
        ProfileKindEndpoints<SpecialistResponse>.Map(profiles);
        ProfileKindEndpoints<BusinessmanResponse>.Map(profiles);
        ProfileKindEndpoints<ConsumerResponse>.Map(profiles);
        return app;
    }
}
