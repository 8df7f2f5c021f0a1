using System.Diagnostics;

namespace Agrovet.Profiles.Tests;

/// <summary>When the media service must be asked and does not answer, the answer is a quick 503, never a hang.</summary>
public sealed class MediaOutages(MediaDownProfilesApiFactory down, MediaHangingProfilesApiFactory hanging)
    : IClassFixture<MediaDownProfilesApiFactory>, IClassFixture<MediaHangingProfilesApiFactory>
{
    [Fact]
    public async Task A_media_service_that_is_down_gives_503()
    {
        var farmer = await down.SignUpAsync("consumer");
        using var client = down.ClientFor(farmer);
        var clock = Stopwatch.StartNew();

        using var response = await client.PostAsJsonAsync(ProfilesApi.Consumers, ProfilesApi.Body("consumer", ("avatar", Guid.CreateVersion7())), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.False(await down.InDbAsync(db => Task.FromResult(db.Profiles.Any(p => p.UserId == farmer.Id))));
    }

    [Fact]
    public async Task A_media_service_that_never_answers_gives_503_within_the_timeout()
    {
        var vet = await hanging.SignUpAsync("specialist");
        using var client = hanging.ClientFor(vet);
        var clock = Stopwatch.StartNew();

        using var response = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("avatar", Guid.CreateVersion7())), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Without_an_avatar_the_media_service_is_not_needed()
    {
        using var client = down.ClientFor(await down.SignUpAsync("businessman"));

        var profile = await client.CreateAsync("businessman");

        Assert.Equal(JsonValueKind.Null, profile.GetProperty("avatar").ValueKind);
    }
}
