namespace Agrovet.Profiles.Tests;

/// <summary>
/// A profiles service that hears no events must still check avatars (asking the media service with the caller's
/// token) and still know who the caller is (from the token's claims).
/// </summary>
public sealed class AvatarsBeforeTheirEvents(DeafProfilesApiFactory api) : IClassFixture<DeafProfilesApiFactory>
{
    [Fact]
    public async Task A_file_the_service_has_not_heard_of_is_checked_at_the_media_service()
    {
        var vet = await api.SignUpAsync("specialist");
        var mine = await api.Media.UploadAsync(vet, SampleFiles.Png(40, 40), "mine.png", "avatar");
        var privateDocument = await api.Media.UploadAsync(vet, SampleFiles.Pdf(), "license.pdf", "document");
        var other = await api.SignUpAsync("specialist");
        var theirs = await api.Media.UploadAsync(other, SampleFiles.Png(40, 40), "theirs.png", "avatar");
        using var client = api.ClientFor(vet);

        using var withTheirs = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("avatar", theirs)), Ct);
        using var withDocument = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("avatar", privateDocument)), Ct);
        using var withUnknown = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("avatar", Guid.CreateVersion7())), Ct);
        var profile = await client.CreateAsync("specialist", ("avatar", mine));

        await withTheirs.ShouldHaveFieldErrorAsync("avatar");
        await withDocument.ShouldHaveFieldErrorAsync("avatar");
        await withUnknown.ShouldHaveFieldErrorAsync("avatar");
        Assert.Equal(mine, profile.GetProperty("avatar").GetGuid());
        Assert.Equal(vet.Account.Username, profile.GetProperty("user").GetProperty("username").GetString());
        Assert.False(await api.InDbAsync(db => Task.FromResult(db.Media.Any())), "the local copy of media should be empty: no events");
    }
}
