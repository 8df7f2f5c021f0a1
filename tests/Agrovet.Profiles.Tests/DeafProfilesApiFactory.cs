namespace Agrovet.Profiles.Tests;

/// <summary>
/// A profiles service that hears no events (its streams are its own): every user is known only from their token, and
/// every file only by asking the media service.
/// </summary>
public class DeafProfilesApiFactory(AuthAndMediaFixture platform) : ProfilesApiFactory(platform)
{
    protected override string NewStreamKeyPrefix() => TestInfrastructure.CreateRedisKeyPrefix("deaf");
}
