using System.Text;

namespace Agrovet.Profiles.Tests;

public sealed class CreatingProfiles(ProfilesApiFactory api) : IClassFixture<ProfilesApiFactory>
{
    private static readonly string[] MessyRegions = ["CO-ANT", " co-cal ", "co-ant"];

    public static TheoryData<string> Roles => ["specialist", "businessman", "consumer"];

    [Fact]
    public async Task A_specialist_creates_a_profile_with_the_specialist_fields()
    {
        var vet = await api.SignUpAsync("specialist");
        using var client = api.ClientFor(vet);

        using var response = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("display_name", "Dra. Ana Gómez"), ("regions_served", MessyRegions)), Ct);

        var profile = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/profiles/specialists/{profile.Id()}/", response.Headers.Location?.OriginalString);
        Assert.Equal("specialist", profile.GetProperty("kind").GetString());
        Assert.Equal("Dra. Ana Gómez", profile.GetProperty("display_name").GetString());
        Assert.Equal("veterinary", profile.GetProperty("specialty").GetString());
        Assert.Equal("VET-1234", profile.GetProperty("license_number").GetString());
        Assert.Equal(["CO-ANT", "CO-CAL"], profile.GetProperty("regions_served").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(vet.Id, profile.GetProperty("user").GetProperty("id").GetInt64());
        Assert.Equal(vet.Account.Username, profile.GetProperty("user").GetProperty("username").GetString());
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("avatar").ValueKind);
        Assert.InRange(profile.GetProperty("created_at").GetDateTime(), DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.False(profile.TryGetProperty("company", out _));
        Assert.False(profile.TryGetProperty("herd_size", out _));
    }

    [Fact]
    public async Task A_businessman_and_a_consumer_get_their_own_fields()
    {
        using var seller = api.ClientFor(await api.SignUpAsync("businessman"));
        using var farmer = api.ClientFor(await api.SignUpAsync("consumer"));

        var business = await seller.CreateAsync("businessman");
        var consumer = await farmer.CreateAsync("consumer", ("herd_size", 120));

        Assert.Equal("Agro Supplies S.A.S.", business.GetProperty("company").GetString());
        Assert.Equal("900123456-7", business.GetProperty("tax_id").GetString());
        Assert.Equal("dairy", consumer.GetProperty("farm_type").GetString());
        Assert.Equal(120, consumer.GetProperty("herd_size").GetInt32());
        Assert.False(consumer.TryGetProperty("specialty", out _));
    }

    [Fact]
    public async Task Creating_a_profile_raises_profile_created()
    {
        using var client = api.ClientFor(await api.SignUpAsync("consumer"));
        var profile = await client.CreateAsync("consumer");

        await Poll.UntilAsync(
            async () => (await api.EventsAboutAsync(profile.Id())).Any(e => e.Type == "profile.created" && e.Data.GetProperty("kind").GetString() == "consumer"),
            TimeSpan.FromSeconds(15),
            "profile.created on profile.events",
            Ct);
    }

    [Theory]
    [InlineData("consumer", ProfilesApi.Specialists)]
    [InlineData("businessman", ProfilesApi.Consumers)]
    [InlineData("specialist", ProfilesApi.Businessmen)]
    public async Task Only_users_of_the_kinds_role_may_create_it(string role, string path)
    {
        using var client = api.ClientFor(await api.SignUpAsync(role));

        using var response = await client.PostAsJsonAsync(path, ProfilesApi.Body(ProfilesApi.PathOf(role) == path ? role : KindOf(path)), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Admins_do_not_get_profiles_of_the_three_kinds()
    {
        using var client = api.ClientFor(await api.SignInAdminAsync());

        using var response = await client.PostAsJsonAsync(ProfilesApi.Consumers, ProfilesApi.Body("consumer"), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Creating_needs_a_valid_token(string role)
    {
        using var anonymous = api.ClientFor(null);
        using var garbage = api.ClientFor(null).WithBearer("eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl");

        using var byAnonymous = await anonymous.PostAsJsonAsync(ProfilesApi.PathOf(role), ProfilesApi.Body(role), Ct);
        using var byGarbage = await garbage.PostAsJsonAsync(ProfilesApi.PathOf(role), ProfilesApi.Body(role), Ct);

        await byAnonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await byGarbage.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_user_has_one_profile_of_a_kind()
    {
        using var client = api.ClientFor(await api.SignUpAsync("specialist"));
        await client.CreateAsync("specialist");

        using var second = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist"), Ct);

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Concurrent_creates_make_one_profile()
    {
        var vet = await api.SignUpAsync("specialist");
        using var client = api.ClientFor(vet);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist"), Ct)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await api.InDbAsync(db => Task.FromResult(db.Profiles.Count(p => p.UserId == vet.Id))));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData("specialist", "display_name")]
    [InlineData("specialist", "specialty")]
    [InlineData("businessman", "company")]
    [InlineData("consumer", "display_name")]
    public async Task Required_fields_are_named_when_missing(string role, string field)
    {
        using var client = api.ClientFor(await api.SignUpAsync(role));
        var body = ProfilesApi.Body(role);
        body.Remove(field);

        using var response = await client.PostAsJsonAsync(ProfilesApi.PathOf(role), body, Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("consumer", """{"display_name": "Ok", "herd_size": "many"}""", "herd_size")]
    [InlineData("consumer", """{"display_name": 42}""", "display_name")]
    [InlineData("specialist", """{"display_name": "Ok", "specialty": "vet", "regions_served": "Antioquia"}""", "regions_served")]
    [InlineData("specialist", """{"display_name": "Ok", "specialty": "vet", "regions_served": [1, 2]}""", "regions_served")]
    [InlineData("businessman", """{"display_name": "Ok", "company": "X", "avatar": "not-a-uuid"}""", "avatar")]
    [InlineData("businessman", """{"display_name": "Ok", "company": {"name": "X"}}""", "company")]
    public async Task Fields_of_the_wrong_type_are_named(string role, string body, string field)
    {
        using var client = api.ClientFor(await api.SignUpAsync(role));

        using var response = await client.PostAsync(ProfilesApi.PathOf(role), Json(body), Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("specialist", "company")]
    [InlineData("specialist", "herd_size")]
    [InlineData("consumer", "specialty")]
    [InlineData("businessman", "regions_served")]
    public async Task Fields_of_another_kind_are_refused(string role, string field)
    {
        using var client = api.ClientFor(await api.SignUpAsync(role));
        object? value = field switch
        {
            "herd_size" => 3,
            "regions_served" => new[] { "CO-HUI" },
            _ => "something",
        };

        using var response = await client.PostAsJsonAsync(ProfilesApi.PathOf(role), ProfilesApi.Body(role, (field, value)), Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("display_name", 101)]
    [InlineData("bio", 2001)]
    [InlineData("specialty", 101)]
    [InlineData("license_number", 51)]
    public async Task Values_that_are_too_long_or_blank_are_refused(string field, int length)
    {
        using var client = api.ClientFor(await api.SignUpAsync("specialist"));

        using var tooLong = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", (field, new string('x', length))), Ct);
        using var blank = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("display_name", "   ")), Ct);
        using var negative = await client.PostAsJsonAsync(ProfilesApi.Consumers, ProfilesApi.Body("consumer", ("herd_size", -1)), Ct);

        await tooLong.ShouldHaveFieldErrorAsync(field);
        await blank.ShouldHaveFieldErrorAsync("display_name");
        await negative.ShouldBeProblemAsync(HttpStatusCode.Forbidden); // A specialist is not a consumer; the role check comes first.
    }

    [Fact]
    public async Task Too_many_regions_served_are_refused()
    {
        using var client = api.ClientFor(await api.SignUpAsync("specialist"));

        using var response = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("regions_served", Enumerable.Range(0, 21).Select(i => $"R{i}").ToArray())), Ct);

        await response.ShouldHaveFieldErrorAsync("regions_served");
    }

    [Theory]
    [InlineData("{\"display_name\": \"x\", oops")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Bodies_that_are_not_a_JSON_object_are_bad_requests(string body)
    {
        using var client = api.ClientFor(await api.SignUpAsync("consumer"));

        using var response = await client.PostAsync(ProfilesApi.Consumers, Json(body), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_an_unsupported_media_type()
    {
        using var client = api.ClientFor(await api.SignUpAsync("consumer"));

        using var response = await client.PostAsync(ProfilesApi.Consumers, new StringContent("display_name=x", Encoding.UTF8, "application/x-www-form-urlencoded"), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task An_oversized_body_is_too_large()
    {
        using var client = api.ClientFor(await api.SignUpAsync("consumer"));

        using var response = await client.PostAsJsonAsync(ProfilesApi.Consumers, ProfilesApi.Body("consumer", ("bio", new string('b', 100_000))), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    private static string KindOf(string path) => path switch
    {
        ProfilesApi.Specialists => "specialist",
        ProfilesApi.Businessmen => "businessman",
        _ => "consumer",
    };

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
