namespace Agrovet.Profiles.Tests;

/// <summary>Text no client should send is a 400 that names the field, never a database error.</summary>
public sealed class HostileInput(ProfilesApiFactory api) : IClassFixture<ProfilesApiFactory>
{
    [Fact]
    public async Task A_NUL_in_any_string_field_or_query_parameter_of_the_API_is_a_400_naming_it()
    {
        using var anonymous = api.ClientFor(null);
        var cases = await OpenApiProbe.NulCasesAsync(anonymous, Ct);
        var user = await api.SignUpAsync("specialist");
        var admin = await api.SignInAdminAsync();
        using var userClient = api.ClientFor(user);
        using var adminClient = api.ClientFor(admin);

        await OpenApiProbe.AssertAllRefusedAsync(cases, [userClient, adminClient], Ct);
    }

    [Theory]
    [InlineData("\u202D")]
    [InlineData("\u2068")]
    public async Task A_display_name_with_a_text_direction_control_is_refused_saying_which(string control)
    {
        var vet = await api.SignUpAsync("specialist");
        using var client = api.ClientFor(vet);

        using var response = await client.PostAsJsonAsync(ProfilesApi.Specialists, ProfilesApi.Body("specialist", ("display_name", $"Dra. Ana{control} Gómez")), Ct);

        var message = Assert.Single(await response.ShouldHaveFieldErrorAsync("display_name"));
        Assert.Contains($"U+{(int)control[0]:X4}", message, StringComparison.Ordinal);
    }
}
