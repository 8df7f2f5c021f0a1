namespace Agrovet.Auth.Tests;

/// <summary>The admin audit log as the web admin's history view reads it, fed by auth's own admin changes.</summary>
public sealed class AuditLogTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task Anonymous_callers_are_asked_to_sign_in_to_read_the_audit_log()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync(AuditLog.Path, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("consumer")]
    [InlineData("specialist")]
    [InlineData("businessman")]
    public async Task Users_who_are_not_admins_cannot_read_the_audit_log(string role)
    {
        var user = await api.SignUpAsync(role);
        using var response = await user.Client.GetAsync($"{AuditLog.Path}?object_type=user&object_id={user.Id}", Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admins_change_to_a_user_shows_up_in_that_users_history_with_its_changes_and_actor()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync("consumer");
        var newEmail = $"renamed.{Guid.NewGuid():N}@example.org";
        var before = DateTimeOffset.UtcNow;

        using (var patch = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { role = "specialist", email = newEmail }, Ct))
        {
            await patch.ShouldBeAsync(HttpStatusCode.OK);
        }

        var page = await AuditLog.WaitForAsync(admin.Client, AuditLog.UserHistory(user.Id) + "&page=1&page_size=50&ordering=-created_at", 1);
        var entry = Assert.Single(AuditLog.Results(page));
        Assert.Equal("update", entry.GetProperty("action").GetString());
        Assert.Equal("user", entry.GetProperty("object_type").GetString());
        Assert.Equal(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.GetProperty("object_id").GetString());
        Assert.Equal(user.Account.Username, entry.GetProperty("object_repr").GetString());
        Assert.Equal(admin.Id, entry.GetProperty("actor").GetProperty("id").GetInt64());
        Assert.Equal(AuthApiFactory.AdminUsername, entry.GetProperty("actor").GetProperty("username").GetString());
        Assert.Equal(AuthApiFactory.AdminUsername, entry.GetProperty("actor_username").GetString());
        Assert.Equal(("\"consumer\"", "\"specialist\""), AuditLog.Change(entry, "role"));
        Assert.Equal(($"\"{user.Account.Email}\"", $"\"{newEmail}\""), AuditLog.Change(entry, "email"));
        Assert.False(entry.GetProperty("changes").TryGetProperty("is_active", out _));
        Assert.InRange(entry.GetProperty("created_at").GetDateTimeOffset(), before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.NotEqual(Guid.Empty, entry.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Changing_only_the_status_is_recorded_as_deactivate_then_activate()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();

        foreach (var active in new[] { false, true })
        {
            using var patch = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { is_active = active }, Ct);
            await patch.ShouldBeAsync(HttpStatusCode.OK);
        }

        var page = await AuditLog.WaitForAsync(admin.Client, AuditLog.UserHistory(user.Id) + "&ordering=created_at", 2);
        var entries = AuditLog.Results(page);
        Assert.Equal(["deactivate", "activate"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(("true", "false"), AuditLog.Change(entries[0], "is_active"));
        Assert.Equal(("false", "true"), AuditLog.Change(entries[1], "is_active"));
    }

    [Fact]
    public async Task A_change_that_changes_nothing_records_nothing()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync("businessman");

        using (var same = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { role = "businessman", is_active = true, email = user.Account.Email }, Ct))
        {
            await same.ShouldBeAsync(HttpStatusCode.OK);
        }

        // The user's entries arrive in order: once a later change is in the log, an earlier one would be too.
        using (var later = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { role = "consumer" }, Ct))
        {
            await later.ShouldBeAsync(HttpStatusCode.OK);
        }

        var page = await AuditLog.WaitForAsync(admin.Client, AuditLog.UserHistory(user.Id), 1);
        var entry = Assert.Single(AuditLog.Results(page));
        Assert.Equal(("\"businessman\"", "\"consumer\""), AuditLog.Change(entry, "role"));
    }

    [Fact]
    public async Task A_refused_change_records_nothing()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync();
        var other = await api.SignUpAsync();

        using (var taken = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { email = other.Account.Email, role = "specialist" }, Ct))
        {
            await taken.ShouldHaveFieldErrorAsync("email");
        }

        using (var later = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { is_active = false }, Ct))
        {
            await later.ShouldBeAsync(HttpStatusCode.OK);
        }

        var page = await AuditLog.WaitForAsync(admin.Client, AuditLog.UserHistory(user.Id), 1);
        Assert.Equal("deactivate", Assert.Single(AuditLog.Results(page)).GetProperty("action").GetString());
    }

    [Fact]
    public async Task Deleting_a_user_is_recorded_with_the_accounts_last_values()
    {
        var admin = await api.SignInAdminAsync();
        var user = await api.SignUpAsync("specialist");

        using (var delete = await admin.Client.DeleteAsync($"{AuthApi.Users}{user.Id}/", Ct))
        {
            await delete.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        var entry = Assert.Single(AuditLog.Results(await AuditLog.WaitForAsync(admin.Client, AuditLog.UserHistory(user.Id), 1)));
        Assert.Equal("delete", entry.GetProperty("action").GetString());
        Assert.Equal(user.Account.Username, entry.GetProperty("object_repr").GetString());
        Assert.Equal(($"\"{user.Account.Username}\"", "null"), AuditLog.Change(entry, "username"));
        Assert.Equal(("\"specialist\"", "null"), AuditLog.Change(entry, "role"));
        Assert.Equal(("true", "null"), AuditLog.Change(entry, "is_active"));
    }

    [Fact]
    public async Task The_log_can_be_filtered_by_actor_action_and_object_and_paged_oldest_first()
    {
        var admin = await api.SignInAdminAsync();
        var helper = await PromotedAdminAsync(admin);
        var first = await api.SignUpAsync();
        var second = await api.SignUpAsync();
        await PatchAsync(helper, first.Id, new { role = "specialist" });
        await PatchAsync(helper, second.Id, new { is_active = false });
        await PatchAsync(helper, first.Id, new { role = "businessman" });
        await PatchAsync(admin, second.Id, new { role = "specialist" });

        var byHelper = await AuditLog.WaitForAsync(helper.Client, $"{AuditLog.Path}?actor={helper.Id}&ordering=created_at", 3);
        Assert.Equal(3, byHelper.GetProperty("count").GetInt64());
        var helperEntries = AuditLog.Results(byHelper);
        Assert.All(helperEntries, e => Assert.Equal(helper.Id, e.GetProperty("actor").GetProperty("id").GetInt64()));
        Assert.Equal([first.Id, second.Id, first.Id], helperEntries.Select(e => long.Parse(e.GetProperty("object_id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        var times = helperEntries.Select(e => e.GetProperty("created_at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order(), times);

        var updates = await AuditLog.GetAsync(helper.Client, $"{AuditLog.Path}?actor={helper.Id}&action=update&object_type=user");
        Assert.Equal(2, updates.GetProperty("count").GetInt64());
        Assert.All(AuditLog.Results(updates), e => Assert.Equal(first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.GetProperty("object_id").GetString()));

        var secondHistory = await AuditLog.WaitForAsync(helper.Client, AuditLog.UserHistory(second.Id) + "&page_size=1", 2);
        Assert.Equal(2, secondHistory.GetProperty("count").GetInt64());
        var newest = Assert.Single(AuditLog.Results(secondHistory));
        Assert.Equal(admin.Id, newest.GetProperty("actor").GetProperty("id").GetInt64());
        var next = new Uri(secondHistory.GetProperty("next").GetString()!);
        var older = Assert.Single(AuditLog.Results(await AuditLog.GetAsync(helper.Client, next.PathAndQuery)));
        Assert.Equal("deactivate", older.GetProperty("action").GetString());

        var noAds = await AuditLog.GetAsync(helper.Client, $"{AuditLog.Path}?actor={helper.Id}&object_type=ad");
        Assert.Equal(0, noAds.GetProperty("count").GetInt64());
    }

    [Theory]
    [InlineData("ordering=username", "ordering")]
    [InlineData("ordering=-recorded_at", "ordering")]
    [InlineData("actor=abc", "actor")]
    [InlineData("actor=-1", "actor")]
    [InlineData("page=0", "page")]
    [InlineData("page_size=0", "page_size")]
    [InlineData("page_size=1000", "page_size")]
    public async Task Invalid_audit_log_parameters_are_field_errors(string query, string field)
    {
        var admin = await api.SignInAdminAsync();
        using var response = await admin.Client.GetAsync($"{AuditLog.Path}?{query}", Ct);
        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Fact]
    public async Task Filter_text_that_looks_like_SQL_is_just_text()
    {
        var admin = await api.SignInAdminAsync();
        var page = await AuditLog.GetAsync(admin.Client, $"{AuditLog.Path}?object_id={Uri.EscapeDataString("1' OR '1'='1")}&action={Uri.EscapeDataString("x'; DELETE FROM audit_entries; --")}");
        Assert.Equal(0, page.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_audit_log_and_its_filters()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json", Ct);
        var document = await response.ShouldBeAsync(HttpStatusCode.OK);

        var list = document.GetProperty("paths").GetProperty("/api/auth/audit").GetProperty("get");
        Assert.Contains("append-only", list.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("deactivate", list.GetProperty("description").GetString(), StringComparison.Ordinal);
        var parameters = list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "object_type", "object_id", "actor", "action", "ordering", "page", "page_size" }, parameters.ToHashSet());
    }

    private async Task<SignedInUser> PromotedAdminAsync(SignedInUser admin)
    {
        var user = await api.SignUpAsync();
        await PatchAsync(admin, user.Id, new { role = "admin" });
        return await AuthApi.SignInAsync(api.CreateClient, user.Account);
    }

    private static async Task PatchAsync(SignedInUser admin, long userId, object body)
    {
        using var response = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{userId}/", body, Ct);
        await response.ShouldBeAsync(HttpStatusCode.OK);
    }
}
