namespace Agrovet.Auth.Tests;

public sealed class RegistrationTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task Registering_answers_201_with_the_user_and_where_to_find_it()
    {
        var account = TestAccount.Fake("specialist");
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync(AuthApi.Register, Body(account), Ct);

        var user = await response.ShouldBeAsync(HttpStatusCode.Created);
        var id = user.GetProperty("id").GetInt64();
        Assert.Equal($"/api/auth/users/{id}/", response.Headers.Location?.OriginalString);
        Assert.Equal(account.Username, user.GetProperty("username").GetString());
        Assert.Equal(account.Email, user.GetProperty("email").GetString());
        Assert.Equal("specialist", user.GetProperty("role").GetString());
        Assert.InRange(user.GetProperty("date_joined").GetDateTime(), DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.False(user.TryGetProperty("password", out _));
        Assert.False(user.TryGetProperty("password_hash", out _));
    }

    [Theory]
    [InlineData("consumer")]
    [InlineData("specialist")]
    [InlineData("businessman")]
    public async Task Each_self_service_role_can_register(string role)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Register, Body(TestAccount.Fake(role)), Ct);
        var user = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(role, user.GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("Admin")]
    [InlineData("superuser")]
    [InlineData("")]
    public async Task Registering_with_the_admin_role_or_an_unknown_one_is_refused(string role)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Register, Body(TestAccount.Fake() with { Role = role }), Ct);
        await response.ShouldHaveFieldErrorAsync("role");
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_at_once()
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(
            AuthApi.Register,
            new { username = "no spaces allowed", email = "not-an-email", password = "short", role = "wizard" },
            Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("username"), m => m.Contains("letters, digits", StringComparison.Ordinal));
        Assert.Contains("Enter a valid email address.", problem.FieldErrors("email"));
        Assert.Contains(problem.FieldErrors("password"), m => m.Contains("too short", StringComparison.Ordinal));
        Assert.NotEmpty(problem.FieldErrors("role"));
    }

    [Fact]
    public async Task Missing_fields_are_each_required()
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Register, new { }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "username", "email", "password", "role" })
        {
            Assert.Contains("This field is required.", problem.FieldErrors(field));
        }
    }

    [Theory]
    [InlineData("1234567890123", "entirely numeric")]
    [InlineData("password123", "too common")]
    [InlineData("Qwerty123", "too common")]
    [InlineData("Ab1!", "too short")]
    public async Task Weak_passwords_are_refused_with_the_reason(string password, string reason)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Register, Body(TestAccount.Fake() with { Password = password }), Ct);
        Assert.Contains(await response.ShouldHaveFieldErrorAsync("password"), m => m.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_password_over_128_characters_is_refused()
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Register, Body(TestAccount.Fake() with { Password = new string('x', 120) + "Yz-12345!" }), Ct);
        Assert.Contains(await response.ShouldHaveFieldErrorAsync("password"), m => m.Contains("too long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_password_containing_or_resembling_the_username_is_refused()
    {
        var account = TestAccount.Fake();
        using var client = api.CreateClient();

        using var containing = await client.PostAsJsonAsync(AuthApi.Register, Body(account with { Password = account.Username.ToUpperInvariant() + "!x" }), Ct);
        Assert.Contains(await containing.ShouldHaveFieldErrorAsync("password"), m => m.Contains("too similar to the username", StringComparison.Ordinal));

        var plain = account with { Username = "harvest.moon" };
        using var resembling = await client.PostAsJsonAsync(AuthApi.Register, Body(plain with { Password = "moonharvest" }), Ct);
        Assert.Contains(await resembling.ShouldHaveFieldErrorAsync("password"), m => m.Contains("too similar to the username", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ab", "at least 3")]
    [InlineData("semi;colon", "letters, digits")]
    [InlineData("quote'name", "letters, digits")]
    [InlineData("x'; DROP TABLE users;--", "letters, digits")]
    public async Task Usernames_outside_the_rule_are_refused(string username, string reason)
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Register, Body(TestAccount.Fake() with { Username = username }), Ct);
        Assert.Contains(await response.ShouldHaveFieldErrorAsync("username"), m => m.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Usernames_may_be_150_characters_but_not_151()
    {
        using var client = api.CreateClient();
        var longest = "u" + Guid.NewGuid().ToString("N") + new string('a', 117);
        using var accepted = await client.PostAsJsonAsync(AuthApi.Register, Body(TestAccount.Fake() with { Username = longest }), Ct);
        await accepted.ShouldBeAsync(HttpStatusCode.Created);

        using var refused = await client.PostAsJsonAsync(AuthApi.Register, Body(TestAccount.Fake() with { Username = longest + "b" }), Ct);
        Assert.Contains(await refused.ShouldHaveFieldErrorAsync("username"), m => m.Contains("no more than 150", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("José.Müller")]
    [InlineData("Ωmega_βeta")]
    [InlineData("日本語ユーザー")]
    [InlineData("fermier+lait@ferme")]
    public async Task Usernames_in_any_script_register_and_sign_in(string baseName)
    {
        var account = TestAccount.Fake() with { Username = baseName + Guid.NewGuid().ToString("N")[..6] };
        using var client = api.CreateClient();

        using var response = await client.PostAsJsonAsync(AuthApi.Register, Body(account), Ct);

        Assert.Equal(account.Username, (await response.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("username").GetString());
        var tokens = await AuthApi.LogInAsync(client, account.Username.ToUpperInvariant(), account.Password);
        Assert.Equal(account.Username, tokens.GetProperty("user").GetProperty("username").GetString());
    }

    [Fact]
    public async Task Usernames_are_unique_regardless_of_case()
    {
        var account = TestAccount.Fake() with { Username = "Élodie_" + Guid.NewGuid().ToString("N")[..6] };
        using var client = api.CreateClient();
        await AuthApi.RegisterAsync(client, account);

        var twin = TestAccount.Fake() with { Username = account.Username.ToUpperInvariant() };
        using var response = await client.PostAsJsonAsync(AuthApi.Register, Body(twin), Ct);

        Assert.Contains("A user with that username already exists.", await response.ShouldHaveFieldErrorAsync("username"));
    }

    [Fact]
    public async Task Emails_are_unique_regardless_of_case()
    {
        var account = TestAccount.Fake();
        using var client = api.CreateClient();
        await AuthApi.RegisterAsync(client, account);

        using var response = await client.PostAsJsonAsync(AuthApi.Register, Body(TestAccount.Fake() with { Email = account.Email.ToUpperInvariant() }), Ct);

        Assert.Contains("A user with that email already exists.", await response.ShouldHaveFieldErrorAsync("email"));
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_name_create_one_user()
    {
        var username = "race_" + Guid.NewGuid().ToString("N")[..8];
        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            using var client = api.CreateClient();
            var name = i % 2 == 0 ? username : username.ToUpperInvariant();
            return await client.PostAsJsonAsync(AuthApi.Register, Body(TestAccount.Fake() with { Username = name }), Ct);
        });

        var responses = await Task.WhenAll(attempts);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Contains("A user with that username already exists.", await refused.ShouldHaveFieldErrorAsync("username"));
        }

        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Text_that_looks_like_SQL_is_stored_verbatim()
    {
        var account = TestAccount.Fake() with
        {
            Email = $"o'brien--drop.{Guid.NewGuid().ToString("N")[..6]}@example.com",
            Password = "' OR '1'='1'; DROP TABLE users;--",
        };
        using var client = api.CreateClient();
        await AuthApi.RegisterAsync(client, account);

        var tokens = await AuthApi.LogInAsync(client, account.Email, account.Password);

        Assert.Equal(account.Email, tokens.GetProperty("user").GetProperty("email").GetString());
        using var wrong = await client.PostAsJsonAsync(AuthApi.Login, new { username = account.Username, password = "' OR '1'='1" }, Ct);
        await wrong.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static object Body(TestAccount account) =>
        new { username = account.Username, email = account.Email, password = account.Password, role = account.Role };
}
