namespace Agrovet.Auth.Tests;

/// <summary>Auth is the first producer of the event backbone: every account change reaches <c>user.events</c> through the outbox.</summary>
public sealed class UserEventsTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task Registering_publishes_user_created_with_the_new_account()
    {
        var user = await api.SignUpAsync("specialist");

        var created = await api.WaitForEventAsync("user.created", user.Id);

        Assert.Equal(user.Account.Username, created.GetProperty("username").GetString());
        Assert.Equal("specialist", created.GetProperty("role").GetString());
        Assert.True(created.GetProperty("is_active").GetBoolean());
    }

    [Fact]
    public async Task Deactivating_a_user_publishes_user_updated_naming_what_changed()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();

        using var response = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { is_active = false, role = "businessman" }, Ct);
        await response.ShouldBeAsync(HttpStatusCode.OK);

        var updated = await api.WaitForEventAsync("user.updated", user.Id);
        Assert.False(updated.GetProperty("is_active").GetBoolean());
        Assert.Equal("businessman", updated.GetProperty("role").GetString());
        var changed = updated.GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("is_active", changed);
        Assert.Contains("role", changed);
    }

    [Fact]
    public async Task Deleting_a_user_publishes_user_deleted()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();

        using var response = await admin.Client.DeleteAsync($"{AuthApi.Users}{user.Id}/", Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);

        var deleted = await api.WaitForEventAsync("user.deleted", user.Id);
        Assert.Equal(user.Id, deleted.GetProperty("user_id").GetInt64());
    }

    [Fact]
    public async Task A_registration_refused_for_a_taken_username_publishes_nothing()
    {
        var user = await api.SignUpAsync();
        await api.WaitForEventAsync("user.created", user.Id);
        var before = await api.EventsAsync();

        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Register, new
        {
            username = user.Account.Username.ToUpperInvariant(),
            email = "someone.else@example.org",
            password = "Another-good-pass-1",
            role = "consumer",
        }, Ct);
        await response.ShouldHaveFieldErrorAsync("username");

        // Nothing new arrives: an unrelated registration afterwards is the next event on the stream.
        var next = await api.SignUpAsync();
        await api.WaitForEventAsync("user.created", next.Id);
        var after = await api.EventsAsync();
        Assert.Equal(before.Count + 1, after.Count);
    }
}
