namespace Agrovet.Profiles.Tests;

/// <summary>
/// An administrator's edit or deletion of a profile leaves one audit entry, <c>object_id</c> <c>{kind}:{id}</c>, in the
/// same transaction; the owner's own changes and refused changes leave none.
/// </summary>
public sealed class AuditingProfiles(ProfilesApiFactory api) : IClassFixture<ProfilesApiFactory>
{
    [Fact]
    public async Task An_admins_edit_is_audited_with_the_fields_it_changed()
    {
        using var owner = api.ClientFor(await api.SignUpAsync("specialist"));
        var profile = await owner.CreateAsync("specialist", ("display_name", "Dr. Ana Gómez"));
        var admin = await api.SignInAdminAsync();
        using var adminClient = api.ClientFor(admin);

        using var response = await adminClient.PatchAsJsonAsync($"{ProfilesApi.Specialists}{profile.Id()}/", new Dictionary<string, object?>
        {
            ["display_name"] = "Dra. Ana Gómez",
            ["region"] = null,
            ["regions_served"] = new List<string> { "CO-HUI" },
            ["specialty"] = "veterinary",
        }, Ct);

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var (topic, entry) = Assert.Single(await api.AuditEntriesAsync("profile", $"specialists:{profile.Id()}"));
        Assert.Equal("audit.events", topic);
        Assert.Equal(admin.Id, entry.GetProperty("actor_id").GetInt64());
        Assert.Equal(admin.Account.Username, entry.GetProperty("actor_username").GetString());
        Assert.Equal("update", entry.GetProperty("action").GetString());
        Assert.Equal("profile", entry.GetProperty("object_type").GetString());
        Assert.Equal($"specialists:{profile.Id()}", entry.GetProperty("object_id").GetString());
        Assert.Equal("Dra. Ana Gómez", entry.GetProperty("object_repr").GetString());
        var changes = entry.GetProperty("changes");
        Assert.Equal(["display_name", "region", "region_code", "regions_served"], changes.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)); // specialty was sent unchanged
        Assert.Equal(["Dr. Ana Gómez", "Dra. Ana Gómez"], changes.GetProperty("display_name").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Antioquia", changes.GetProperty("region")[0].GetString());
        Assert.Equal(JsonValueKind.Null, changes.GetProperty("region")[1].ValueKind);
        Assert.Equal("CO-ANT", changes.GetProperty("region_code")[0].GetString());
        Assert.Equal(["CO-ANT", "CO-CAL"], changes.GetProperty("regions_served")[0].EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["CO-HUI"], changes.GetProperty("regions_served")[1].EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task An_admins_deletion_is_audited_once()
    {
        var farmer = await api.SignUpAsync("consumer");
        using var owner = api.ClientFor(farmer);
        var profile = await owner.CreateAsync("consumer", ("display_name", "Finca La Esperanza"));
        using var admin = api.ClientFor(await api.SignInAdminAsync());
        var path = $"{ProfilesApi.Consumers}{profile.Id()}/";

        using var delete = await admin.DeleteAsync(path, Ct);
        using var again = await admin.DeleteAsync(path, Ct);

        await delete.ShouldBeAsync(HttpStatusCode.NoContent);
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var (_, entry) = Assert.Single(await api.AuditEntriesAsync("profile", $"consumers:{profile.Id()}"));
        Assert.Equal("delete", entry.GetProperty("action").GetString());
        Assert.Equal("Finca La Esperanza", entry.GetProperty("object_repr").GetString());
        Assert.Equal(farmer.Id, entry.GetProperty("changes").GetProperty("user")[0].GetInt64());
    }

    [Fact]
    public async Task The_owners_own_edit_and_deletion_are_not_audited()
    {
        using var owner = api.ClientFor(await api.SignUpAsync("businessman"));
        var profile = await owner.CreateAsync("businessman");
        var path = $"{ProfilesApi.Businessmen}{profile.Id()}/";

        using var edit = await owner.PatchAsJsonAsync(path, new { company = "Agro Norte S.A.S." }, Ct);
        using var delete = await owner.DeleteAsync(path, Ct);

        await edit.ShouldBeAsync(HttpStatusCode.OK);
        await delete.ShouldBeAsync(HttpStatusCode.NoContent);
        Assert.Empty(await api.AuditEntriesAsync("profile", $"businessmen:{profile.Id()}"));
    }

    [Fact]
    public async Task An_admins_refused_or_empty_edit_is_not_audited()
    {
        using var owner = api.ClientFor(await api.SignUpAsync("businessman"));
        var profile = await owner.CreateAsync("businessman");
        using var admin = api.ClientFor(await api.SignInAdminAsync());
        var path = $"{ProfilesApi.Businessmen}{profile.Id()}/";

        using var invalid = await admin.PatchAsJsonAsync(path, new Dictionary<string, object?> { ["display_name"] = null, ["bio"] = "Moderated." }, Ct);
        using var foreign = await admin.PatchAsJsonAsync(path, new { herd_size = 3 }, Ct);
        using var wrongKind = await admin.PatchAsJsonAsync($"{ProfilesApi.Consumers}{profile.Id()}/", new { bio = "Moderated." }, Ct);
        using var unknown = await admin.DeleteAsync($"{ProfilesApi.Businessmen}424242424/", Ct);
        using var unchanged = await admin.PatchAsJsonAsync(path, new { company = profile.GetProperty("company").GetString() }, Ct);

        await invalid.ShouldHaveFieldErrorAsync("display_name");
        await foreign.ShouldHaveFieldErrorAsync("herd_size");
        await wrongKind.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unchanged.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Empty(await api.AuditEntriesAsync("profile", $"businessmen:{profile.Id()}"));
        Assert.Empty(await api.AuditEntriesAsync("profile", $"consumers:{profile.Id()}"));
        Assert.Empty(await api.AuditEntriesAsync("profile", "businessmen:424242424"));
    }
}
