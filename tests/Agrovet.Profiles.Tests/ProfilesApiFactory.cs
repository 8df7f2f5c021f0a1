using Agrovet.Contracts.Events;
using Agrovet.Profiles.Data;
using Microsoft.AspNetCore.Hosting;

namespace Agrovet.Profiles.Tests;

/// <summary>
/// The profiles service in memory over its own fresh database, trusting the real auth service, asking the real media
/// service, and consuming both services' events in a consumer group of its own; one per test class.
/// </summary>
public class ProfilesApiFactory(AuthAndMediaFixture platform)
    : ServiceApiFactory<Program, ProfilesDbContext>("profiles", Topics.ProfileEvents, platform.Auth)
{
    public MediaServer Media => platform.Media;

    /// <summary>Where this instance finds the media service.</summary>
    protected virtual Uri MediaUrl => platform.Media.Url;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("MEDIA_INTERNAL_URL", MediaUrl.ToString());
    }
}
