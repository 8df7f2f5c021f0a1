namespace Agrovet.Forum.Tests;

/// <summary>Text no client should send is a 400 that names the field or parameter, never a database error.</summary>
public sealed class HostileInputTests(ForumApiFactory api) : IClassFixture<ForumApiFactory>
{
    [Fact]
    public async Task A_NUL_in_any_string_field_or_query_parameter_of_the_API_is_a_400_naming_it()
    {
        using var anonymous = api.CreateClient();
        var cases = await OpenApiProbe.NulCasesAsync(anonymous, Ct);
        var user = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();

        await OpenApiProbe.AssertAllRefusedAsync(cases, [user.Client, admin.Client], Ct);
    }
}
