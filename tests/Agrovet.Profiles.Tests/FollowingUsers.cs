namespace Agrovet.Profiles.Tests;

/// <summary>The local copy of users follows auth's <c>user.*</c> events.</summary>
public sealed class FollowingUsers(ProfilesApiFactory api) : IClassFixture<ProfilesApiFactory>
{
    [Fact]
    public async Task A_deactivated_users_profile_disappears_from_lists_and_from_non_admins()
    {
        var marker = "hidden-" + Guid.NewGuid().ToString("N")[..8];
        var vet = await api.SignUpAsync("specialist");
        using var client = api.ClientFor(vet);
        var profile = await client.CreateAsync("specialist", ("specialty", marker));
        using var anonymous = api.ClientFor(null);
        Assert.Equal(1, await CountAsync(anonymous, marker));

        await SetActiveAsync(vet.Id, false);

        await Poll.UntilAsync(async () => await CountAsync(anonymous, marker) == 0, TimeSpan.FromSeconds(20), "the profile to leave the list", Ct);
        using var detail = await anonymous.GetAsync($"{ProfilesApi.Specialists}{profile.Id()}/", Ct);
        await detail.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var admin = api.ClientFor(await api.SignInAdminAsync());
        using var adminDetail = await admin.GetAsync($"{ProfilesApi.Specialists}{profile.Id()}/", Ct);
        await adminDetail.ShouldBeAsync(HttpStatusCode.OK);

        await SetActiveAsync(vet.Id, true);

        await Poll.UntilAsync(async () => await CountAsync(anonymous, marker) == 1, TimeSpan.FromSeconds(20), "the profile to come back", Ct);
    }

    [Fact]
    public async Task Deleting_a_user_deletes_their_profiles()
    {
        var farmer = await api.SignUpAsync("consumer");
        using var client = api.ClientFor(farmer);
        var profile = await client.CreateAsync("consumer");
        using var admin = api.Auth.CreateClient().WithBearer((await api.SignInAdminAsync()).AccessToken);

        using var delete = await admin.DeleteAsync($"{AuthApi.Users}{farmer.Id}/", Ct);
        await delete.ShouldBeAsync(HttpStatusCode.NoContent);

        await Poll.UntilAsync(
            async () => !await api.InDbAsync(db => Task.FromResult(db.Profiles.Any(p => p.Id == profile.Id()))),
            TimeSpan.FromSeconds(20),
            "the profile to be deleted",
            Ct);
        await Poll.UntilAsync(
            async () => (await api.EventsAboutAsync(profile.Id())).Any(e => e.Type == "profile.updated" && e.Data.GetProperty("deleted").GetBoolean()),
            TimeSpan.FromSeconds(15),
            "profile.updated with deleted",
            Ct);
    }

    [Fact]
    public async Task Users_are_known_from_their_events_before_they_make_a_profile()
    {
        var seller = await api.SignUpAsync("businessman");

        await Poll.UntilAsync(
            async () => await api.InDbAsync(db => Task.FromResult(db.Users.Any(u => u.Id == seller.Id && u.Username == seller.Account.Username && u.Role == "businessman"))),
            TimeSpan.FromSeconds(20),
            "user.created to reach the profiles service",
            Ct);
    }

    private async Task SetActiveAsync(long userId, bool active)
    {
        using var admin = api.Auth.CreateClient().WithBearer((await api.SignInAdminAsync()).AccessToken);
        using var response = await admin.PatchAsJsonAsync($"{AuthApi.Users}{userId}/", new { is_active = active }, Ct);
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    private static async Task<long> CountAsync(HttpClient client, string specialty)
    {
        using var response = await client.GetAsync($"{ProfilesApi.Specialists}?specialty={specialty}", Ct);
        return (await response.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("count").GetInt64();
    }
}
