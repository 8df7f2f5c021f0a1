namespace Agrovet.Profiles.Tests;

/// <summary>An avatar is an image of the profile owner's, checked against the real media service and its events.</summary>
public sealed class Avatars(ProfilesApiFactory api) : IClassFixture<ProfilesApiFactory>
{
    [Fact]
    public async Task An_own_image_becomes_the_avatar_and_its_deletion_clears_it()
    {
        var farmer = await api.SignUpAsync("consumer");
        var photo = await api.Media.UploadAsync(farmer, SampleFiles.Png(200, 200), "me.png", "avatar");
        using var client = api.ClientFor(farmer);
        var profile = await client.CreateAsync("consumer", ("avatar", photo));
        Assert.Equal(photo, profile.GetProperty("avatar").GetGuid());

        await api.Media.DeleteAsync(farmer, photo);

        var path = $"{ProfilesApi.Consumers}{profile.Id()}/";
        await Poll.UntilAsync(
            async () =>
            {
                using var response = await client.GetAsync(path, Ct);
                return (await response.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("avatar").ValueKind == JsonValueKind.Null;
            },
            TimeSpan.FromSeconds(20),
            "media.deleted to clear the avatar",
            Ct);
        await Poll.UntilAsync(
            async () => (await api.EventsAboutAsync(profile.Id())).Any(e => e.Type == "profile.updated" && e.Data.GetProperty("avatar").ValueKind == JsonValueKind.Null),
            TimeSpan.FromSeconds(15),
            "profile.updated for the cleared avatar",
            Ct);
    }

    [Fact]
    public async Task A_deleted_file_cannot_become_an_avatar()
    {
        var vet = await api.SignUpAsync("specialist");
        var photo = await api.Media.UploadAsync(vet, SampleFiles.Png(20, 20), "old.png", "avatar");
        await api.Media.DeleteAsync(vet, photo);
        // Until media.deleted arrives the local copy may still vouch for the file (the event then clears the avatar, as
        // above); once it has arrived the file is refused without asking the media service.
        await Poll.UntilAsync(
            () => api.InDbAsync(db => Task.FromResult(db.Media.Any(m => m.Id == photo && m.IsDeleted))),
            TimeSpan.FromSeconds(20),
            "media.deleted to reach the profiles service",
            Ct);
        using var client = api.ClientFor(vet);

        using var response = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("avatar", photo)), Ct);

        await response.ShouldHaveFieldErrorAsync("avatar");
    }

    [Fact]
    public async Task Someone_elses_image_cannot_be_my_avatar()
    {
        var other = await api.SignUpAsync("consumer");
        var theirs = await api.Media.UploadAsync(other, SampleFiles.Png(20, 20), "theirs.png", "avatar");
        using var client = api.ClientFor(await api.SignUpAsync("consumer"));

        using var response = await client.PostAsJsonAsync(ProfilesApi.Consumers, ProfilesApi.Body("consumer", ("avatar", theirs)), Ct);

        var messages = await response.ShouldHaveFieldErrorAsync("avatar");
        Assert.Contains(messages, m => m.Contains("owner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_cannot_be_an_avatar()
    {
        var seller = await api.SignUpAsync("businessman");
        var pdf = await api.Media.UploadAsync(seller, SampleFiles.Pdf(), "catalogue.pdf", "document");
        using var client = api.ClientFor(seller);
        var profile = await client.CreateAsync("businessman");

        using var response = await client.PatchAsJsonAsync($"{ProfilesApi.Businessmen}{profile.Id()}/", new { avatar = pdf }, Ct);

        await response.ShouldHaveFieldErrorAsync("avatar");
    }

    [Fact]
    public async Task An_unknown_file_cannot_be_an_avatar()
    {
        using var client = api.ClientFor(await api.SignUpAsync("consumer"));

        using var response = await client.PostAsJsonAsync(ProfilesApi.Consumers, ProfilesApi.Body("consumer", ("avatar", Guid.CreateVersion7())), Ct);

        await response.ShouldHaveFieldErrorAsync("avatar");
    }

    [Fact]
    public async Task The_avatar_is_changed_and_cleared_with_patch()
    {
        var vet = await api.SignUpAsync("specialist");
        var first = await api.Media.UploadAsync(vet, SampleFiles.Jpeg(50, 50), "a.jpg", "avatar");
        var second = await api.Media.UploadAsync(vet, SampleFiles.Png(50, 50), "b.png", "avatar");
        using var client = api.ClientFor(vet);
        var profile = await client.CreateAsync("specialist", ("avatar", first));
        var path = $"{ProfilesApi.Specialists}{profile.Id()}/";

        using var changed = await client.PatchAsJsonAsync(path, new { avatar = second }, Ct);
        Assert.Equal(second, (await changed.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("avatar").GetGuid());
        using var untouched = await client.PatchAsJsonAsync(path, new { bio = "still me" }, Ct);
        Assert.Equal(second, (await untouched.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("avatar").GetGuid());
        using var cleared = await client.PatchAsJsonAsync(path, new Dictionary<string, object?> { ["avatar"] = null }, Ct);
        Assert.Equal(JsonValueKind.Null, (await cleared.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("avatar").ValueKind);
    }

    [Fact]
    public async Task An_admin_may_set_an_avatar_that_is_the_owners_but_not_their_own()
    {
        var farmer = await api.SignUpAsync("consumer");
        var farmers = await api.Media.UploadAsync(farmer, SampleFiles.Png(30, 30), "f.png", "avatar");
        var admin = await api.SignInAdminAsync();
        var admins = await api.Media.UploadAsync(admin, SampleFiles.Png(30, 30), "a.png", "avatar");
        using var farmerClient = api.ClientFor(farmer);
        var profile = await farmerClient.CreateAsync("consumer");
        using var adminClient = api.ClientFor(admin);
        var path = $"{ProfilesApi.Consumers}{profile.Id()}/";

        using var withAdmins = await adminClient.PatchAsJsonAsync(path, new { avatar = admins }, Ct);
        using var withFarmers = await adminClient.PatchAsJsonAsync(path, new { avatar = farmers }, Ct);

        await withAdmins.ShouldHaveFieldErrorAsync("avatar");
        Assert.Equal(farmers, (await withFarmers.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("avatar").GetGuid());
    }
}
