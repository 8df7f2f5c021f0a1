using Agrovet.LocalInfrastructure;

namespace Agrovet.Profiles.Tests;

/// <summary>A profiles service, hearing no events, whose media service is down: nothing listens on its port.</summary>
public sealed class MediaDownProfilesApiFactory(AuthAndMediaFixture platform) : DeafProfilesApiFactory(platform)
{
    private readonly Uri _nowhere = new($"http://127.0.0.1:{FreePort.Next()}");

    protected override Uri MediaUrl => _nowhere;
}
