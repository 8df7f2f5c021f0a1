using System.Text;

namespace Agrovet.Auth.Tests;

/// <summary>Text no client should send (NUL, invalid Unicode, control characters, text-direction controls) is a 400 that names where it was.</summary>
public sealed class HostileTextTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
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

    [Theory]
    [InlineData("""{"username": "ab\ud800cd", "password": "whatever-1"}""")]
    [InlineData("""{"username": "ab\udc00", "password": "whatever-1"}""")]
    public async Task An_unpaired_surrogate_is_a_400_naming_the_field(string body)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsync(AuthApi.Login, new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Contains("Unicode", Assert.Single(await response.ShouldHaveFieldErrorAsync("username")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF8_are_a_400_naming_the_field()
    {
        using var client = api.CreateClient();
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"username\": \"ab"), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\", \"password\": \"whatever-1\"}")];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync(AuthApi.Login, content, Ct);

        Assert.Contains("UTF-8", Assert.Single(await response.ShouldHaveFieldErrorAsync("username")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_character_in_a_header_is_a_400_naming_the_header()
    {
        var user = await api.SignUpAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, AuthApi.Me);
        request.Headers.TryAddWithoutValidation("X-Probe", "a\u0000b");

        using var response = await user.Client.SendAsync(request, Ct);

        Assert.Contains("U+0000", Assert.Single(await response.ShouldHaveFieldErrorAsync("X-Probe")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    public async Task A_username_with_a_text_direction_control_is_refused_saying_which_and_how_to_fix_it(string control)
    {
        using var client = api.CreateClient();
        var account = TestAccount.Fake();

        using var response = await client.PostAsJsonAsync(AuthApi.Register, new
        {
            username = $"ann{control}exe.gpj",
            email = account.Email,
            password = account.Password,
            role = "consumer",
        }, Ct);

        var message = Assert.Single(await response.ShouldHaveFieldErrorAsync("username"));
        Assert.Contains($"U+{(int)control[0]:X4}", message, StringComparison.Ordinal);
        Assert.Contains("position 4", message, StringComparison.Ordinal);
    }
}
