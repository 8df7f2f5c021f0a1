namespace Agrovet.Auth.Tests;

public sealed class AdminUserTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    public static TheoryData<string, string> AdminRoutes =>
    [
        ("GET", AuthApi.Users),
        ("GET", AuthApi.Users + "1/"),
        ("PATCH", AuthApi.Users + "1/"),
        ("DELETE", AuthApi.Users + "1/"),
    ];

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task Anonymous_callers_are_asked_to_sign_in(string method, string path)
    {
        using var client = api.CreateClient();
        using var response = await client.SendAsync(Request(method, path), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task Users_who_are_not_admins_are_forbidden(string method, string path)
    {
        var user = await api.SignUpAsync("specialist");
        using var response = await user.Client.SendAsync(Request(method, path), Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_role_raised_to_admin_in_a_forged_token_gets_nowhere()
    {
        var user = await api.SignUpAsync();
        using var client = api.CreateClient().WithBearer(ForgedTokens.WithRoleRaisedToAdmin(user.AccessToken));
        using var response = await client.GetAsync(AuthApi.Users, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Listing_users_is_paginated_with_links()
    {
        var admin = await api.SignInAdminAsync();
        for (var i = 0; i < 3; i++)
        {
            await api.SignUpAsync();
        }

        using var first = await admin.Client.GetAsync($"{AuthApi.Users}?page_size=2", Ct);
        var page1 = await first.ShouldBeAsync(HttpStatusCode.OK);
        Assert.True(page1.GetProperty("count").GetInt64() >= 4);
        Assert.Equal(2, page1.GetProperty("results").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page1.GetProperty("previous").ValueKind);
        var next = new Uri(page1.GetProperty("next").GetString()!);
        Assert.Contains("page=2", next.Query, StringComparison.Ordinal);
        Assert.Contains("page_size=2", next.Query, StringComparison.Ordinal);

        using var second = await admin.Client.GetAsync(next.PathAndQuery, Ct);
        var page2 = await second.ShouldBeAsync(HttpStatusCode.OK);
        Assert.NotNull(page2.GetProperty("previous").GetString());
        var firstIds = page1.GetProperty("results").EnumerateArray().Select(u => u.GetProperty("id").GetInt64());
        var secondIds = page2.GetProperty("results").EnumerateArray().Select(u => u.GetProperty("id").GetInt64());
        Assert.Empty(firstIds.Intersect(secondIds));
    }

    [Fact]
    public async Task Listed_users_show_status_and_last_login_but_no_password()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();

        using var response = await admin.Client.GetAsync($"{AuthApi.Users}?search={user.Account.Username}", Ct);

        var listed = Assert.Single((await response.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("results").EnumerateArray());
        Assert.Equal(user.Id, listed.GetProperty("id").GetInt64());
        Assert.True(listed.GetProperty("is_active").GetBoolean());
        Assert.InRange(listed.GetProperty("last_login").GetDateTime(), DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.False(listed.TryGetProperty("password_hash", out _));
    }

    [Fact]
    public async Task Searching_matches_username_or_email_regardless_of_case()
    {
        var admin = await api.SignInAdminAsync();
        var marker = "tractor" + Guid.NewGuid().ToString("N")[..6];
        var byName = TestAccount.Fake() with { Username = $"Big_{marker}_Farm" };
        var byEmail = TestAccount.Fake() with { Email = $"owner.{marker}@example.com" };
        using (var client = api.CreateClient())
        {
            await AuthApi.RegisterAsync(client, byName);
            await AuthApi.RegisterAsync(client, byEmail);
            await AuthApi.RegisterAsync(client, TestAccount.Fake());
        }

        using var response = await admin.Client.GetAsync($"{AuthApi.Users}?search={marker.ToUpperInvariant()}&ordering=username", Ct);

        var names = Usernames(await response.ShouldBeAsync(HttpStatusCode.OK));
        Assert.Equal(new[] { byName.Username, byEmail.Username }.OrderBy(n => n.ToUpperInvariant(), StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Search_text_that_looks_like_SQL_is_just_text()
    {
        var admin = await api.SignInAdminAsync();

        using var response = await admin.Client.GetAsync($"{AuthApi.Users}?search={Uri.EscapeDataString("' OR 1=1; --")}", Ct);

        var page = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(0, page.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Users_can_be_filtered_by_role_and_status()
    {
        var admin = await api.SignInAdminAsync();
        var seller = await api.SignUpAsync("businessman");
        var retired = await api.SignUpAsync("businessman");
        using var deactivate = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{retired.Id}/", new { is_active = false }, Ct);
        await deactivate.ShouldBeAsync(HttpStatusCode.OK);

        using var active = await admin.Client.GetAsync($"{AuthApi.Users}?role=businessman&is_active=true&page_size=100", Ct);
        var activeNames = Usernames(await active.ShouldBeAsync(HttpStatusCode.OK));
        Assert.Contains(seller.Account.Username, activeNames);
        Assert.DoesNotContain(retired.Account.Username, activeNames);

        using var inactive = await admin.Client.GetAsync($"{AuthApi.Users}?role=businessman&is_active=false&page_size=100", Ct);
        Assert.Contains(retired.Account.Username, Usernames(await inactive.ShouldBeAsync(HttpStatusCode.OK)));

        using var admins = await admin.Client.GetAsync($"{AuthApi.Users}?role=admin&page_size=100", Ct);
        var adminPage = await admins.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Contains(AuthApiFactory.AdminUsername, Usernames(adminPage));
        Assert.All(adminPage.GetProperty("results").EnumerateArray(), u => Assert.Equal("admin", u.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Users_are_ordered_as_asked()
    {
        var admin = await api.SignInAdminAsync();
        await api.SignUpAsync();
        await api.SignUpAsync();

        using var byNameDescending = await admin.Client.GetAsync($"{AuthApi.Users}?ordering=-username&page_size=100", Ct);
        var names = Usernames(await byNameDescending.ShouldBeAsync(HttpStatusCode.OK));
        Assert.Equal(names.OrderByDescending(n => n.ToUpperInvariant(), StringComparer.Ordinal), names);

        using var byJoined = await admin.Client.GetAsync($"{AuthApi.Users}?ordering=role,-date_joined&page_size=100", Ct);
        var users = (await byJoined.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("results").EnumerateArray()
            .Select(u => (Role: u.GetProperty("role").GetString()!, Joined: u.GetProperty("date_joined").GetDateTime()))
            .ToList();
        Assert.Equal(users.OrderBy(u => u.Role, StringComparer.Ordinal).ThenByDescending(u => u.Joined), users);
    }

    [Theory]
    [InlineData("role=wizard", "role")]
    [InlineData("is_active=maybe", "is_active")]
    [InlineData("ordering=password_hash", "ordering")]
    [InlineData("page=0", "page")]
    [InlineData("page_size=1000", "page_size")]
    public async Task Invalid_list_parameters_are_field_errors(string query, string field)
    {
        var admin = await api.SignInAdminAsync();
        using var response = await admin.Client.GetAsync($"{AuthApi.Users}?{query}", Ct);
        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Fact]
    public async Task A_page_number_that_is_not_a_number_is_a_bad_request()
    {
        var admin = await api.SignInAdminAsync();
        using var response = await admin.Client.GetAsync($"{AuthApi.Users}?page=abc", Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_admin_can_see_one_user()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync("specialist");

        using var response = await admin.Client.GetAsync($"{AuthApi.Users}{user.Id}/", Ct);

        var shown = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(user.Account.Username, shown.GetProperty("username").GetString());
        Assert.Equal("specialist", shown.GetProperty("role").GetString());
        Assert.True(shown.GetProperty("is_active").GetBoolean());
        Assert.True(shown.TryGetProperty("last_login", out _));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Unknown_users_are_404(string method)
    {
        var admin = await api.SignInAdminAsync();
        using var response = await admin.Client.SendAsync(Request(method, $"{AuthApi.Users}987654321/"), Ct);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("987654321", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_id_that_is_not_a_number_is_404()
    {
        var admin = await api.SignInAdminAsync();
        using var response = await admin.Client.GetAsync($"{AuthApi.Users}abc/", Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Changing_a_role_ends_the_users_sessions_and_the_next_sign_in_carries_it()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync("consumer");

        using var patch = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { role = "specialist" }, Ct);
        Assert.Equal("specialist", (await patch.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("role").GetString());

        using var me = await user.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var refresh = await user.Client.PostAsJsonAsync(AuthApi.Refresh, new { refresh = user.RefreshToken }, Ct);
        await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var again = await AuthApi.SignInAsync(api.CreateClient, user.Account);
        using var meAgain = await again.Client.GetAsync(AuthApi.Me, Ct);
        Assert.Equal("specialist", (await meAgain.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_deactivated_user_can_be_reactivated_and_sign_in_again()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();
        using var off = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { is_active = false }, Ct);
        Assert.False((await off.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("is_active").GetBoolean());

        using var on = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { is_active = true }, Ct);
        Assert.True((await on.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("is_active").GetBoolean());

        var again = await AuthApi.SignInAsync(api.CreateClient, user.Account);
        using var me = await again.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Changing_the_email_to_one_another_user_has_is_a_field_error()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();
        var other = await api.SignUpAsync();

        using var response = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { email = other.Account.Email.ToUpperInvariant() }, Ct);

        Assert.Contains("A user with that email already exists.", await response.ShouldHaveFieldErrorAsync("email"));
    }

    [Fact]
    public async Task Changing_only_the_case_of_a_users_own_email_is_allowed()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();

        using var response = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { email = user.Account.Email.ToUpperInvariant() }, Ct);

        Assert.Equal(user.Account.Email.ToUpperInvariant(), (await response.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("""{"role": "wizard"}""", "role")]
    [InlineData("""{"email": "not-an-email"}""", "email")]
    [InlineData("""{"email": ""}""", "email")]
    [InlineData("""{"is_active": "yes"}""", "is_active")]
    [InlineData("""{"role": 7}""", "role")]
    public async Task Invalid_changes_are_field_errors(string body, string field)
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();

        using var response = await admin.Client.PatchAsync($"{AuthApi.Users}{user.Id}/", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("""{"role": "consumer"}""", "admin role")]
    [InlineData("""{"is_active": false}""", "deactivate")]
    public async Task Admins_cannot_demote_or_deactivate_themselves(string body, string reason)
    {
        var admin = await api.SignInAdminAsync();

        using var response = await admin.Client.PatchAsync($"{AuthApi.Users}{admin.Id}/", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admins_cannot_delete_themselves()
    {
        var admin = await api.SignInAdminAsync();

        using var response = await admin.Client.DeleteAsync($"{AuthApi.Users}{admin.Id}/", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("delete your own account", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var me = await admin.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_can_promote_another_user_to_admin()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();
        using var patch = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { role = "admin" }, Ct);
        await patch.ShouldBeAsync(HttpStatusCode.OK);

        var promoted = await AuthApi.SignInAsync(api.CreateClient, user.Account);
        using var list = await promoted.Client.GetAsync(AuthApi.Users, Ct);
        await list.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Deleting_a_user_removes_them_and_their_sessions()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();

        using var delete = await admin.Client.DeleteAsync($"{AuthApi.Users}{user.Id}/", Ct);
        await delete.ShouldBeAsync(HttpStatusCode.NoContent);

        using var get = await admin.Client.GetAsync($"{AuthApi.Users}{user.Id}/", Ct);
        await get.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var refresh = await user.Client.PostAsJsonAsync(AuthApi.Refresh, new { refresh = user.RefreshToken }, Ct);
        await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var login = await user.Client.PostAsJsonAsync(AuthApi.Login, new { username = user.Account.Username, password = user.Account.Password }, Ct);
        await login.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var client = api.CreateClient();
        Assert.True(await AuthApi.RegisterAsync(client, user.Account) > user.Id);
    }

    [Fact]
    public async Task Deleting_one_user_twice_at_once_deletes_once_and_answers_404_to_the_other()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.Client.DeleteAsync($"{AuthApi.Users}{user.Id}/", Ct)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        foreach (var other in responses.Where(r => r.StatusCode != HttpStatusCode.NoContent))
        {
            await other.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private static List<string> Usernames(JsonElement page) =>
        [.. page.GetProperty("results").EnumerateArray().Select(u => u.GetProperty("username").GetString()!)];

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method is "PATCH" ? JsonContent.Create(new { role = "consumer" }) : null,
    };
}
