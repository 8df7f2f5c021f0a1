namespace Agrovet.Profiles.Tests;

/// <summary>The administrators' list at <c>/api/profiles/</c>: every kind at once, a kind when asked.</summary>
public sealed class ListingEveryKind(ProfilesApiFactory api) : IClassFixture<ProfilesApiFactory>
{
    private const string All = "/api/profiles/";

    [Fact]
    public async Task Administrators_see_every_kind_in_one_list_newest_first_with_each_kinds_own_fields()
    {
        var marker = Marker();
        var vet = await CreateAsync("specialist", marker);
        var seller = await CreateAsync("businessman", marker);
        var farmer = await CreateAsync("consumer", marker);
        using var admin = api.ClientFor(await api.SignInAdminAsync());

        var rows = await ResultsAsync(admin, $"?q={marker}");

        Assert.Equal([farmer, seller, vet], rows.Select(r => r.Id()));
        Assert.Equal(["consumer", "businessman", "specialist"], rows.Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal(["consumers", "businessmen", "specialists"], rows.Select(r => r.GetProperty("path").GetString()));
        Assert.All(rows, r => Assert.True(r.GetProperty("user_is_active").GetBoolean()));
        Assert.Equal("veterinary", rows[2].GetProperty("specialty").GetString());
        Assert.Equal(2, rows[2].GetProperty("regions_served").GetArrayLength());
        Assert.Equal("Agro Supplies S.A.S.", rows[1].GetProperty("company").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("regions_served").ValueKind);
        Assert.Equal(40, rows[0].GetProperty("herd_size").GetInt32());
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("specialty").ValueKind);
    }

    [Theory]
    [InlineData("businessmen")]
    [InlineData("businessman")]
    [InlineData(" businessmen ")]
    public async Task The_kind_filter_narrows_the_list_to_one_kind(string kind)
    {
        var marker = Marker();
        await CreateAsync("specialist", marker);
        var seller = await CreateAsync("businessman", marker);
        using var admin = api.ClientFor(await api.SignInAdminAsync());

        var rows = await ResultsAsync(admin, $"?q={marker}&kind={Uri.EscapeDataString(kind)}");

        Assert.Equal([seller], rows.Select(r => r.Id()));
    }

    [Theory]
    [InlineData("?kind=horses", "kind")]
    [InlineData("?ordering=herd_size", "ordering")]
    [InlineData("?page_size=0", "page_size")]
    [InlineData("?page=-1", "page")]
    public async Task A_bad_filter_is_a_field_error_that_says_what_to_choose(string query, string field)
    {
        using var admin = api.ClientFor(await api.SignInAdminAsync());

        using var response = await admin.GetAsync(All + query, Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("?page=abc")]
    [InlineData("?user=not-a-number")]
    [InlineData("?user=99999999999999999999999")]
    public async Task A_parameter_of_the_wrong_type_is_a_400(string query)
    {
        using var admin = api.ClientFor(await api.SignInAdminAsync());

        using var response = await admin.GetAsync(All + query, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_kind_refusal_speaks_Spanish_when_asked()
    {
        using var admin = api.ClientFor(await api.SignInAdminAsync()).InLanguage("es");

        using var response = await admin.GetAsync(All + "?kind=horses", Ct);

        Assert.StartsWith("Elija un tipo de perfil", Assert.Single(await response.ShouldHaveFieldErrorAsync("kind")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_run_across_kinds()
    {
        var marker = Marker();
        var ids = new List<long>
        {
            await CreateAsync("consumer", marker),
            await CreateAsync("specialist", marker),
            await CreateAsync("businessman", marker),
        };
        using var admin = api.ClientFor(await api.SignInAdminAsync());

        using var first = await admin.GetAsync($"{All}?q={marker}&page_size=2&ordering=created_at", Ct);
        var page1 = await first.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(3, page1.GetProperty("count").GetInt64());
        Assert.Equal(ids[..2], page1.GetProperty("results").EnumerateArray().Select(p => p.Id()));
        using var second = await admin.GetAsync(new Uri(page1.GetProperty("next").GetString()!).PathAndQuery, Ct);
        Assert.Equal(ids[2..], (await second.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("results").EnumerateArray().Select(p => p.Id()));
    }

    [Fact]
    public async Task A_deactivated_users_profile_stays_in_the_administrators_list_marked_as_such()
    {
        var marker = Marker();
        var vet = await api.SignUpAsync("specialist");
        using var client = api.ClientFor(vet);
        var profile = await client.CreateAsync("specialist", ("display_name", $"{marker} vet"));
        using var auth = api.Auth.CreateClient().WithBearer((await api.SignInAdminAsync()).AccessToken);
        using (var deactivate = await auth.PatchAsJsonAsync($"{AuthApi.Users}{vet.Id}/", new { is_active = false }, Ct))
        {
            await deactivate.ShouldBeAsync(HttpStatusCode.OK);
        }

        using var admin = api.ClientFor(await api.SignInAdminAsync());
        await Poll.UntilAsync(
            async () => (await ResultsAsync(admin, $"?q={marker}")) is [var row] && row.Id() == profile.Id() && !row.GetProperty("user_is_active").GetBoolean(),
            TimeSpan.FromSeconds(20),
            "the profile to show its owner deactivated",
            Ct);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("consumer")]
    [InlineData("specialist")]
    [InlineData("businessman")]
    public async Task Only_administrators_list_every_kind(string? role)
    {
        using var client = api.ClientFor(role is null ? null : await api.SignUpAsync(role));

        using var response = await client.GetAsync(All, Ct);

        await response.ShouldBeProblemAsync(role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden);
    }

    private static string Marker() => "every-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<long> CreateAsync(string role, string marker)
    {
        using var client = api.ClientFor(await api.SignUpAsync(role));
        return (await client.CreateAsync(role, ("display_name", $"{marker} {role}"))).Id();
    }

    private static async Task<IReadOnlyList<JsonElement>> ResultsAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(All + query, Ct);
        var page = await response.ShouldBeAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("results").EnumerateArray().Select(r => r.Clone())];
    }
}
