using System.Text;

namespace Agrovet.Auth.Tests;

/// <summary>Whatever arrives, the answer is a 4xx problem+json that says what to fix, never a 500.</summary>
public sealed class MalformedInputTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    public static TheoryData<string> AnonymousPosts => [AuthApi.Register, AuthApi.Login, AuthApi.Refresh, AuthApi.Verify];

    [Theory]
    [MemberData(nameof(AnonymousPosts))]
    public async Task Garbage_JSON_is_a_bad_request(string path)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsync(path, Json("{\"username\": \"abc\", oops"), Ct);
        Assert.Contains("body", (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [MemberData(nameof(AnonymousPosts))]
    public async Task A_body_that_is_not_a_JSON_object_is_a_bad_request(string path)
    {
        using var client = api.CreateClient();
        foreach (var body in new[] { "[]", "\"text\"", "42", "null", "" })
        {
            using var response = await client.PostAsync(path, Json(body), Ct);
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [Theory]
    [MemberData(nameof(AnonymousPosts))]
    public async Task A_body_that_is_not_JSON_is_an_unsupported_media_type(string path)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsync(path, new StringContent("username=abc&password=def", Encoding.UTF8, "application/x-www-form-urlencoded"), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [MemberData(nameof(AnonymousPosts))]
    public async Task JSON_in_a_charset_other_than_UTF_8_is_an_unsupported_media_type_not_a_server_error(string path)
    {
        // Found by the platform's input fuzzing: an unknown charset made the framework's body reader throw (500).
        using var client = api.CreateClient();
        foreach (var charset in new[] { "ebcdic-xx", "utf-16" })
        {
            var content = new ByteArrayContent("{\"username\": \"abc\", \"password\": \"def\"}"u8.ToArray());
            content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");
            using var response = await client.PostAsync(path, content, Ct);
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
            Assert.Contains("UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{"username": 123, "email": "a@b.co", "password": "Long-enough-1", "role": "consumer"}""", "username")]
    [InlineData("""{"username": "someone", "email": ["a@b.co"], "password": "Long-enough-1", "role": "consumer"}""", "email")]
    [InlineData("""{"username": "someone", "email": "a@b.co", "password": {"value": 1}, "role": "consumer"}""", "password")]
    [InlineData("""{"username": "someone", "email": "a@b.co", "password": "Long-enough-1", "role": true}""", "role")]
    public async Task A_field_of_the_wrong_type_is_named(string body, string field)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsync(AuthApi.Register, Json(body), Ct);
        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Theory]
    [InlineData(AuthApi.Login, """{"username": 1, "password": 2}""")]
    [InlineData(AuthApi.Refresh, """{"refresh": 12345}""")]
    [InlineData(AuthApi.Verify, """{"token": false}""")]
    public async Task Wrong_types_on_token_endpoints_are_bad_requests(string path, string body)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsync(path, Json(body), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(AnonymousPosts))]
    public async Task A_one_megabyte_body_is_too_large(string path)
    {
        using var client = api.CreateClient();
        var body = $$"""{"username": "{{new string('a', 1024 * 1024)}}", "password": "x"}""";
        using var response = await client.PostAsync(path, Json(body), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Logout_with_a_malformed_body_is_a_bad_request()
    {
        var user = await api.SignUpAsync();
        using var response = await user.Client.PostAsync(AuthApi.Logout, Json("""{"refresh": ["x"]}"""), Ct);
        await response.ShouldHaveFieldErrorAsync("refresh");
    }

    [Fact]
    public async Task Unknown_paths_are_404_problems()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/api/auth/nothing-here/", Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_wrong_method_is_a_405_problem()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync(AuthApi.Register, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_very_long_username_on_login_is_just_a_wrong_login()
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Login, new { username = new string('x', 50_000), password = "whatever-1" }, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
