namespace Agrovet.Profiles.Tests;

public sealed class ListingProfiles(ProfilesApiFactory api) : IClassFixture<ProfilesApiFactory>
{
    [Fact]
    public async Task Specialists_are_filtered_by_specialty_region_and_regions_served()
    {
        var marker = "agronomy-" + Guid.NewGuid().ToString("N")[..8];
        const string region = "CO-QUI";
        var inHuila = await CreateSpecialistAsync(("specialty", marker), ("region", region), ("regions_served", new List<string> { "CO-HUI", "CO-TOL" }));
        var inCaldas = await CreateSpecialistAsync(("specialty", marker.ToUpperInvariant()), ("region", "AR-X"), ("regions_served", new List<string> { "CO-CAL" }));
        await CreateSpecialistAsync(("specialty", "other"), ("region", region));
        using var anonymous = api.ClientFor(null);

        Assert.Equal([inCaldas, inHuila], await IdsAsync(anonymous, $"?specialty={marker}"));
        Assert.Equal([inHuila], await IdsAsync(anonymous, $"?specialty={marker}&region={region.ToLowerInvariant()}"));
        Assert.Equal([inHuila], await IdsAsync(anonymous, $"?specialty={marker}&region=CO"));
        Assert.Equal([inCaldas], await IdsAsync(anonymous, $"?specialty={marker}&region=AR"));
        Assert.Equal([inHuila], await IdsAsync(anonymous, $"?specialty={marker}&regions_served=co-hui"));
        Assert.Equal([inCaldas], await IdsAsync(anonymous, $"?specialty={marker}&regions_served=CO-CAL"));
    }

    [Fact]
    public async Task Search_matches_display_name_bio_or_company_as_plain_text()
    {
        var word = "zebu" + Guid.NewGuid().ToString("N")[..6];
        using var seller = api.ClientFor(await api.SignUpAsync("businessman"));
        var byCompany = (await seller.CreateAsync("businessman", ("company", $"The {word} Company"))).Id();
        using var seller2 = api.ClientFor(await api.SignUpAsync("businessman"));
        var byBio = (await seller2.CreateAsync("businessman", ("bio", $"We sell {word.ToUpperInvariant()} bulls"))).Id();
        using var seller3 = api.ClientFor(await api.SignUpAsync("businessman"));
        await seller3.CreateAsync("businessman");
        using var anonymous = api.ClientFor(null);

        using var response = await anonymous.GetAsync($"{ProfilesApi.Businessmen}?q={word}&ordering=created_at", Ct);

        var page = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([byCompany, byBio], page.GetProperty("results").EnumerateArray().Select(p => p.Id()));
        Assert.Empty(await IdsAsync(anonymous, "?q=%25", ProfilesApi.Businessmen)); // A literal '%', not a wildcard.
        using var sqlish = await anonymous.GetAsync($"{ProfilesApi.Businessmen}?q={Uri.EscapeDataString("' OR 1=1 --")}", Ct);
        Assert.Equal(0, (await sqlish.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Lists_are_paginated_and_ordered()
    {
        var marker = "pages-" + Guid.NewGuid().ToString("N")[..8];
        var ids = new List<long>();
        foreach (var name in new[] { "Carla", "Andrés", "Beatriz" })
        {
            ids.Add(await CreateSpecialistAsync(("specialty", marker), ("display_name", name)));
        }

        using var anonymous = api.ClientFor(null);
        using var first = await anonymous.GetAsync($"{ProfilesApi.Specialists}?specialty={marker}&page_size=2", Ct);
        var page1 = await first.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(3, page1.GetProperty("count").GetInt64());
        Assert.Equal([ids[2], ids[1]], page1.GetProperty("results").EnumerateArray().Select(p => p.Id()));
        using var second = await anonymous.GetAsync(new Uri(page1.GetProperty("next").GetString()!).PathAndQuery, Ct);
        Assert.Equal([ids[0]], (await second.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("results").EnumerateArray().Select(p => p.Id()));

        Assert.Equal([ids[1], ids[2], ids[0]], await IdsAsync(anonymous, $"?specialty={marker}&ordering=display_name"));
        Assert.Equal([ids[0], ids[2], ids[1]], await IdsAsync(anonymous, $"?specialty={marker}&ordering=-display_name"));
    }

    [Fact]
    public async Task A_users_profile_is_found_by_their_user_id()
    {
        var account = await api.SignUpAsync("businessman");
        using var seller = api.ClientFor(account);
        var profile = (await seller.CreateAsync("businessman")).Id();
        using var anonymous = api.ClientFor(null);

        Assert.Equal([profile], await IdsAsync(anonymous, $"?user={account.Id}", ProfilesApi.Businessmen));
        Assert.Empty(await IdsAsync(anonymous, $"?user={account.Id}", ProfilesApi.Specialists));
        Assert.Empty(await IdsAsync(anonymous, "?user=987654321", ProfilesApi.Businessmen));
    }

    [Theory]
    [InlineData("?user=someone", "user")]
    [InlineData("?page=0", "page")]
    [InlineData("?page_size=101", "page_size")]
    [InlineData("?ordering=password", "ordering")]
    public async Task Bad_list_parameters_are_named(string query, string field)
    {
        using var anonymous = api.ClientFor(null);

        using var response = await anonymous.GetAsync(ProfilesApi.Consumers + query, Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Fact]
    public async Task A_page_that_is_not_a_number_is_a_bad_request()
    {
        using var anonymous = api.ClientFor(null);

        using var response = await anonymous.GetAsync(ProfilesApi.Consumers + "?page=two", Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<long> CreateSpecialistAsync(params (string Field, object? Value)[] fields)
    {
        using var client = api.ClientFor(await api.SignUpAsync("specialist"));
        return (await client.CreateAsync("specialist", fields)).Id();
    }

    private static async Task<IReadOnlyList<long>> IdsAsync(HttpClient client, string query, string path = ProfilesApi.Specialists)
    {
        using var response = await client.GetAsync(path + query, Ct);
        return [.. (await response.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("results").EnumerateArray().Select(p => p.Id())];
    }
}
