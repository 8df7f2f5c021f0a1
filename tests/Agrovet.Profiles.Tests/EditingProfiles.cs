namespace Agrovet.Profiles.Tests;

/// <summary>Detail, my profile, edit and delete, with who may do what.</summary>
public sealed class EditingProfiles(ProfilesApiFactory api) : IClassFixture<ProfilesApiFactory>
{
    [Fact]
    public async Task Anyone_reads_a_profile_by_id_under_its_kind_only()
    {
        using var owner = api.ClientFor(await api.SignUpAsync("businessman"));
        var profile = await owner.CreateAsync("businessman");
        using var anonymous = api.ClientFor(null);

        using var detail = await anonymous.GetAsync($"{ProfilesApi.Businessmen}{profile.Id()}/", Ct);
        using var wrongKind = await anonymous.GetAsync($"{ProfilesApi.Consumers}{profile.Id()}/", Ct);
        using var unknown = await anonymous.GetAsync($"{ProfilesApi.Businessmen}999999999/", Ct);
        using var notAnId = await anonymous.GetAsync($"{ProfilesApi.Businessmen}abc/", Ct);

        Assert.Equal(profile.GetProperty("company").GetString(), (await detail.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("company").GetString());
        await wrongKind.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await notAnId.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Users_find_their_own_profile_under_me()
    {
        var farmer = await api.SignUpAsync("consumer");
        using var client = api.ClientFor(farmer);

        using var before = await client.GetAsync($"{ProfilesApi.Consumers}me/", Ct);
        await before.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var profile = await client.CreateAsync("consumer");
        using var after = await client.GetAsync($"{ProfilesApi.Consumers}me/", Ct);
        using var anonymous = await api.ClientFor(null).GetAsync($"{ProfilesApi.Consumers}me/", Ct);

        Assert.Equal(profile.Id(), (await after.ShouldBeAsync(HttpStatusCode.OK)).Id());
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_owner_edits_only_the_fields_sent_and_null_clears_optional_ones()
    {
        var vet = await api.SignUpAsync("specialist");
        using var client = api.ClientFor(vet);
        var profile = await client.CreateAsync("specialist");

        using var response = await client.PatchAsJsonAsync($"{ProfilesApi.Specialists}{profile.Id()}/", new Dictionary<string, object?>
        {
            ["bio"] = null,
            ["region"] = null,
            ["license_number"] = "VET-9999",
            ["regions_served"] = new List<string> { "CO-HUI" },
        }, Ct);

        var edited = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(profile.GetProperty("display_name").GetString(), edited.GetProperty("display_name").GetString());
        Assert.Equal(profile.GetProperty("specialty").GetString(), edited.GetProperty("specialty").GetString());
        Assert.Equal(string.Empty, edited.GetProperty("bio").GetString());
        Assert.Equal(JsonValueKind.Null, edited.GetProperty("region").ValueKind);
        Assert.Equal("VET-9999", edited.GetProperty("license_number").GetString());
        Assert.Equal(["CO-HUI"], edited.GetProperty("regions_served").EnumerateArray().Select(r => r.GetString()));
        Assert.True(edited.GetProperty("updated_at").GetDateTime() > profile.GetProperty("updated_at").GetDateTime());
        Assert.Equal(profile.GetProperty("created_at").GetDateTime(), edited.GetProperty("created_at").GetDateTime());
        await Poll.UntilAsync(
            async () => (await api.EventsAboutAsync(profile.Id())).Any(e => e.Type == "profile.updated" && !e.Data.GetProperty("deleted").GetBoolean()),
            TimeSpan.FromSeconds(15),
            "profile.updated",
            Ct);
    }

    [Fact]
    public async Task Required_fields_cannot_be_cleared_and_foreign_fields_cannot_be_sent()
    {
        using var client = api.ClientFor(await api.SignUpAsync("businessman"));
        var profile = await client.CreateAsync("businessman");
        var path = $"{ProfilesApi.Businessmen}{profile.Id()}/";

        using var nullName = await client.PatchAsJsonAsync(path, new Dictionary<string, object?> { ["display_name"] = null }, Ct);
        using var blankCompany = await client.PatchAsJsonAsync(path, new { company = " " }, Ct);
        using var foreign = await client.PatchAsJsonAsync(path, new { herd_size = 3 }, Ct);
        using var wrongType = await client.PatchAsync(path, new StringContent("""{"tax_id": 12}""", System.Text.Encoding.UTF8, "application/json"), Ct);

        await nullName.ShouldHaveFieldErrorAsync("display_name");
        await blankCompany.ShouldHaveFieldErrorAsync("company");
        await foreign.ShouldHaveFieldErrorAsync("herd_size");
        await wrongType.ShouldHaveFieldErrorAsync("tax_id");
    }

    [Fact]
    public async Task An_empty_patch_changes_nothing()
    {
        using var client = api.ClientFor(await api.SignUpAsync("consumer"));
        var profile = await client.CreateAsync("consumer");

        using var response = await client.PatchAsJsonAsync($"{ProfilesApi.Consumers}{profile.Id()}/", new { }, Ct);

        var same = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(profile.GetProperty("updated_at").GetDateTime(), same.GetProperty("updated_at").GetDateTime());
    }

    [Fact]
    public async Task Another_user_may_neither_edit_nor_delete_but_an_admin_may_do_both()
    {
        using var owner = api.ClientFor(await api.SignUpAsync("consumer"));
        var profile = await owner.CreateAsync("consumer");
        var path = $"{ProfilesApi.Consumers}{profile.Id()}/";
        using var other = api.ClientFor(await api.SignUpAsync("consumer"));
        using var admin = api.ClientFor(await api.SignInAdminAsync());
        using var anonymous = api.ClientFor(null);

        using var otherEdit = await other.PatchAsJsonAsync(path, new { bio = "hacked" }, Ct);
        using var otherDelete = await other.DeleteAsync(path, Ct);
        using var anonymousEdit = await anonymous.PatchAsJsonAsync(path, new { bio = "hacked" }, Ct);
        using var anonymousDelete = await anonymous.DeleteAsync(path, Ct);
        await otherEdit.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await otherDelete.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await anonymousEdit.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await anonymousDelete.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var adminEdit = await admin.PatchAsJsonAsync(path, new { bio = "Moderated." }, Ct);
        Assert.Equal("Moderated.", (await adminEdit.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("bio").GetString());
        using var adminDelete = await admin.DeleteAsync(path, Ct);
        await adminDelete.ShouldBeAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task The_owner_deletes_their_profile_and_may_create_a_new_one()
    {
        using var client = api.ClientFor(await api.SignUpAsync("specialist"));
        var profile = await client.CreateAsync("specialist");
        var path = $"{ProfilesApi.Specialists}{profile.Id()}/";

        using var delete = await client.DeleteAsync(path, Ct);
        await delete.ShouldBeAsync(HttpStatusCode.NoContent);
        using var gone = await client.GetAsync(path, Ct);
        await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var again = await client.DeleteAsync(path, Ct);
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await client.CreateAsync("specialist");
        await Poll.UntilAsync(
            async () => (await api.EventsAboutAsync(profile.Id())).Any(e => e.Type == "profile.updated" && e.Data.GetProperty("deleted").GetBoolean()),
            TimeSpan.FromSeconds(15),
            "profile.updated with deleted",
            Ct);
    }

    [Fact]
    public async Task Editing_or_deleting_an_unknown_profile_is_404()
    {
        using var client = api.ClientFor(await api.SignUpAsync("consumer"));

        using var edit = await client.PatchAsJsonAsync($"{ProfilesApi.Consumers}424242424/", new { bio = "x" }, Ct);
        using var delete = await client.DeleteAsync($"{ProfilesApi.Consumers}424242424/", Ct);

        await edit.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await delete.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_service_documents_its_api()
    {
        using var client = api.ClientFor(null);

        using var document = await client.GetAsync("/openapi/v1.json", Ct);
        using var docs = await client.GetAsync("/docs", Ct);

        var paths = (await document.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/profiles/specialists/{id}", out _), paths.ToString());
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }
}
