namespace Agrovet.Profiles.Tests;

/// <summary>A profile's region and regions served are division codes of the region catalog (GET /api/regions/).</summary>
public sealed class Regions(ProfilesApiFactory api) : IClassFixture<ProfilesApiFactory>
{
    private static readonly string[] Served = ["BR-SP", "br-mg"];
    private static readonly string[] OneUnknown = ["CO-ANT", "CO-XYZ"];

    [Fact]
    public async Task A_profile_names_its_region_by_code_in_any_case_and_answers_code_and_name()
    {
        using var vet = api.ClientFor(await api.SignUpAsync("specialist"));

        var profile = await vet.CreateAsync("specialist", ("region", " br-sp "), ("regions_served", Served));

        Assert.Equal(("BR-SP", "São Paulo"), (profile.GetProperty("region").GetString(), profile.GetProperty("region_name").GetString()));
        Assert.Equal(["BR-SP", "BR-MG"], profile.GetProperty("regions_served").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("es", "Esa no es una región de la lista. Elija una región de la lista: GET /api/regions/ (códigos de división como CO-COR o MX-JAL).")]
    [InlineData(null, "Esa no es una región de la lista. Elija una región de la lista: GET /api/regions/ (códigos de división como CO-COR o MX-JAL).")]
    [InlineData("en", "That is not a region of the list. Choose a region from the list: GET /api/regions/ (division codes such as CO-COR or MX-JAL).")]
    public async Task An_unknown_region_is_a_400_saying_where_the_list_is_in_the_callers_language(string? language, string expected)
    {
        using var vet = api.ClientFor(await api.SignUpAsync("specialist")).InLanguage(language);

        using var region = await vet.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("region", "Antioquia")), Ct);
        using var served = await vet.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("regions_served", OneUnknown)), Ct);
        using var filter = await vet.GetAsync($"{ProfilesApi.Specialists}?regions_served=Huila", Ct);

        Assert.Equal([expected], await region.ShouldHaveFieldErrorAsync("region"));
        Assert.Equal([expected], await served.ShouldHaveFieldErrorAsync("regions_served"));
        Assert.Equal([expected], await filter.ShouldHaveFieldErrorAsync("regions_served"));
    }

    [Theory]
    [InlineData("""{"region": 42}""", "region")]
    [InlineData("""{"region": {"code": "CO-ANT"}}""", "region")]
    [InlineData("""{"region": "CO-ANT\u0000"}""", "region")]
    [InlineData("""{"region": "CO\u2010ANT"}""", "region")]
    [InlineData("""{"regions_served": ["CO-ANT", "\uFEFFCO-CAL"]}""", "regions_served")]
    public async Task A_region_of_the_wrong_type_or_with_odd_characters_is_a_400_naming_the_field(string edit, string field)
    {
        using var vet = api.ClientFor(await api.SignUpAsync("specialist"));
        var profile = await vet.CreateAsync("specialist");

        using var response = await vet.PatchAsync($"{ProfilesApi.Specialists}{profile.Id()}/", new StringContent(edit, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.NotEmpty(await response.ShouldHaveFieldErrorAsync(field));
    }

    [Fact]
    public async Task An_unknown_region_filter_is_a_400()
    {
        using var anonymous = api.ClientFor(null).InLanguage("en");

        using var response = await anonymous.GetAsync($"{ProfilesApi.Specialists}?region=Narnia", Ct);

        Assert.Contains("GET /api/regions/", Assert.Single(await response.ShouldHaveFieldErrorAsync("region")));
    }

    [Fact]
    public async Task Profile_events_carry_the_region_code_next_to_its_name()
    {
        using var vet = api.ClientFor(await api.SignUpAsync("specialist"));
        var profile = await vet.CreateAsync("specialist", ("region", "co-ant"));
        using (var edit = await vet.PatchAsJsonAsync($"{ProfilesApi.Specialists}{profile.Id()}/", new { region = "MX-JAL" }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }

        var regions = new List<(string Type, string? Name, string? Code)>();
        await Poll.UntilAsync(
            async () =>
            {
                regions = [.. (await api.EventsAboutAsync(profile.Id()))
                    .Where(e => e.Type is "profile.created" or "profile.updated")
                    .Select(e => (e.Type, e.Data.GetProperty("region").GetString(), e.Data.GetProperty("region_code").GetString()))];
                return regions.Count == 2;
            },
            TimeSpan.FromSeconds(15),
            "profile.created and profile.updated",
            Ct);

        Assert.Contains(("profile.created", "Antioquia", "CO-ANT"), regions);
        Assert.Contains(("profile.updated", "Jalisco", "MX-JAL"), regions);
    }
}
