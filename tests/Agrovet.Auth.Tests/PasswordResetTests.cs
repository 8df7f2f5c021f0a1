using System.Text;

namespace Agrovet.Auth.Tests;

public sealed class PasswordResetTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    private const string NewPassword = "Fresh-pasture-2031";
    private const string SentDetail =
        "If an account has this address, we sent it a link to choose a new password. Check your inbox (and the spam folder); the link works for one hour.";

    private const string LinkRefused = "This link was already used or has expired; ask for a new one.";

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_e_mailed_link_and_every_old_session_ends()
    {
        var user = await api.SignUpAsync();
        using var anonymous = Anonymous();

        Assert.Equal(SentDetail, await ResetLinks.AskAsync(anonymous, user.Account.Email));

        var message = api.Mail.LatestTo(user.Account.Email);
        Assert.Equal("Choose a new Agrovet password", message.Subject);
        Assert.Equal("en", message.Body!.Headers[MimeKit.HeaderId.ContentLanguage]);
        Assert.Contains(user.Account.Username, message.TextBody, StringComparison.Ordinal);
        var link = ResetLinks.LinkIn(message);
        Assert.Equal("http://localhost:8080/reset-password", link.GetLeftPart(UriPartial.Path));

        using var reset = await ResetLinks.ResetAsync(anonymous, ResetLinks.TokenIn(message), NewPassword);
        await reset.ShouldBeAsync(HttpStatusCode.NoContent);

        await AuthApi.LogInAsync(Anonymous(), user.Account.Username, NewPassword);
        using var oldPassword = await anonymous.PostAsJsonAsync(AuthApi.Login, new { username = user.Account.Username, password = user.Account.Password }, Ct);
        await oldPassword.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var oldRefresh = await anonymous.PostAsJsonAsync(AuthApi.Refresh, new { refresh = user.RefreshToken }, Ct);
        await oldRefresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var oldAccess = await user.Client.GetAsync(AuthApi.Me, Ct);
        await oldAccess.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_address_is_found_whatever_its_case_and_surrounding_spaces()
    {
        var user = await api.SignUpAsync();

        await ResetLinks.AskAsync(Anonymous(), $"  {user.Account.Email.ToUpperInvariant()} ");

        Assert.Single(api.Mail.To(user.Account.Email));
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var known = await api.SignUpAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        using var anonymous = Anonymous();

        using var forKnown = await anonymous.PostAsJsonAsync(ResetLinks.Forgot, new { email = known.Account.Email }, Ct);
        using var forUnknown = await anonymous.PostAsJsonAsync(ResetLinks.Forgot, new { email = unknown }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, forUnknown.StatusCode);
        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(await forKnown.Content.ReadAsStringAsync(Ct), await forUnknown.Content.ReadAsStringAsync(Ct));
        Assert.Equal(forKnown.Content.Headers.ContentType, forUnknown.Content.Headers.ContentType);
        Assert.Empty(api.Mail.To(unknown));
        Assert.Single(api.Mail.To(known.Account.Email));
    }

    [Fact]
    public async Task A_deactivated_account_gets_the_same_answer_and_no_mail_and_its_earlier_link_stops_working()
    {
        var user = await api.SignUpAsync();
        var admin = await api.SignInAdminAsync();
        await ResetLinks.AskAsync(Anonymous(), user.Account.Email);
        var earlier = ResetLinks.TokenIn(api.Mail.LatestTo(user.Account.Email));
        using (var deactivate = await admin.Client.PatchAsJsonAsync($"{AuthApi.Users}{user.Id}/", new { is_active = false }, Ct))
        {
            await deactivate.ShouldBeAsync(HttpStatusCode.OK);
        }

        Assert.Equal(SentDetail, await ResetLinks.AskAsync(Anonymous(), user.Account.Email));

        Assert.Single(api.Mail.To(user.Account.Email));
        using var reset = await ResetLinks.ResetAsync(Anonymous(), earlier, NewPassword);
        await reset.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_link_works_once()
    {
        var user = await api.SignUpAsync();
        using var anonymous = Anonymous();
        await ResetLinks.AskAsync(anonymous, user.Account.Email);
        var token = ResetLinks.TokenIn(api.Mail.LatestTo(user.Account.Email));
        using (var first = await ResetLinks.ResetAsync(anonymous, token, NewPassword))
        {
            await first.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        using var second = await ResetLinks.ResetAsync(anonymous, token, "Another-pasture-2032");

        var problem = await second.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(LinkRefused, problem.GetProperty("detail").GetString());
        await AuthApi.LogInAsync(anonymous, user.Account.Username, NewPassword);
    }

    [Fact]
    public async Task A_new_link_replaces_the_earlier_one()
    {
        var user = await api.SignUpAsync();
        using var anonymous = Anonymous();
        await ResetLinks.AskAsync(anonymous, user.Account.Email);
        var earlier = ResetLinks.TokenIn(api.Mail.LatestTo(user.Account.Email));
        await ResetLinks.AskAsync(anonymous, user.Account.Email);
        var latest = ResetLinks.TokenIn(api.Mail.LatestTo(user.Account.Email));
        Assert.NotEqual(earlier, latest);

        using var withEarlier = await ResetLinks.ResetAsync(anonymous, earlier, NewPassword);
        await withEarlier.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        using var withLatest = await ResetLinks.ResetAsync(anonymous, latest, NewPassword);
        await withLatest.ShouldBeAsync(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("12345678901")]
    [InlineData("password")]
    public async Task A_weak_new_password_is_a_field_error_and_the_link_keeps_working(string weak)
    {
        var user = await api.SignUpAsync();
        using var anonymous = Anonymous();
        await ResetLinks.AskAsync(anonymous, user.Account.Email);
        var token = ResetLinks.TokenIn(api.Mail.LatestTo(user.Account.Email));

        using (var refused = await ResetLinks.ResetAsync(anonymous, token, weak))
        {
            await refused.ShouldHaveFieldErrorAsync("new_password");
        }

        using var accepted = await ResetLinks.ResetAsync(anonymous, token, NewPassword);
        await accepted.ShouldBeAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task The_new_password_may_not_look_like_the_username()
    {
        var user = await api.SignUpAsync();
        using var anonymous = Anonymous();
        await ResetLinks.AskAsync(anonymous, user.Account.Email);

        using var response = await ResetLinks.ResetAsync(anonymous, ResetLinks.TokenIn(api.Mail.LatestTo(user.Account.Email)), user.Account.Username + "1");

        await response.ShouldHaveFieldErrorAsync("new_password");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("ÁAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public async Task A_token_that_was_never_sent_is_refused_saying_what_to_do(string token)
    {
        using var response = await ResetLinks.ResetAsync(Anonymous(), token, NewPassword);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        if (token.Length > 0)
        {
            Assert.Equal(LinkRefused, problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task An_oversized_token_or_address_is_a_400_not_a_server_error()
    {
        using var anonymous = Anonymous();

        using var token = await ResetLinks.ResetAsync(anonymous, new string('A', 20_000), NewPassword);
        using var email = await anonymous.PostAsJsonAsync(ResetLinks.Forgot, new { email = new string('a', 300) + "@example.org" }, Ct);
        using var body = await anonymous.PostAsync(ResetLinks.Forgot, new StringContent($"{{\"email\": \"{new string('a', 200_000)}\"}}", Encoding.UTF8, "application/json"), Ct);

        await token.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await email.ShouldHaveFieldErrorAsync("email");
        await body.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("""{}""", "email")]
    [InlineData("""{"email": null}""", "email")]
    [InlineData("""{"email": ""}""", "email")]
    [InlineData("""{"email": 5}""", "email")]
    [InlineData("""{"email": ["a@b.co"]}""", "email")]
    [InlineData("""{"email": "not-an-address"}""", "email")]
    [InlineData("""{"email": "ana\u0000@example.org"}""", "email")]
    [InlineData("""{"email": "ana\ud800@example.org"}""", "email")]
    public async Task Asking_with_a_missing_or_malformed_address_is_a_field_error(string body, string field)
    {
        using var response = await Anonymous().PostAsync(ResetLinks.Forgot, new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("""{"new_password": "Fresh-pasture-2031"}""", "token")]
    [InlineData("""{"token": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}""", "new_password")]
    [InlineData("""{"token": true, "new_password": "Fresh-pasture-2031"}""", "token")]
    [InlineData("""{"token": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "new_password": 12345678}""", "new_password")]
    [InlineData("""{"token": "AAAA\u0000", "new_password": "Fresh-pasture-2031"}""", "token")]
    public async Task Resetting_with_a_missing_or_malformed_field_is_a_field_error(string body, string field)
    {
        using var response = await Anonymous().PostAsync(ResetLinks.Reset, new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Fact]
    public async Task Asking_too_often_for_one_address_answers_429_with_Retry_After_known_address_or_not()
    {
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        using var anonymous = Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await ResetLinks.AskAsync(anonymous, unknown);
        }

        using var response = await anonymous.PostAsJsonAsync(ResetLinks.Forgot, new { email = unknown }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("minute", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_too_often_from_one_client_answers_429_whatever_the_addresses()
    {
        using var anonymous = Anonymous();
        for (var i = 0; i < 20; i++)
        {
            await ResetLinks.AskAsync(anonymous, $"nobody-{Guid.NewGuid():N}@example.org");
        }

        using var response = await anonymous.PostAsJsonAsync(ResetLinks.Forgot, new { email = $"nobody-{Guid.NewGuid():N}@example.org" }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        await ResetLinks.AskAsync(Anonymous(), $"nobody-{Guid.NewGuid():N}@example.org");
    }

    [Fact]
    public async Task The_mail_and_the_answers_speak_the_language_of_the_request()
    {
        var user = await api.SignUpAsync();
        using var spanish = Anonymous().InLanguage("es-CO");

        var detail = await ResetLinks.AskAsync(spanish, user.Account.Email);

        Assert.StartsWith("Si hay una cuenta con esta dirección", detail, StringComparison.Ordinal);
        var message = api.Mail.LatestTo(user.Account.Email);
        Assert.Equal("Elija una nueva contraseña de Agrovet", message.Subject);
        Assert.Equal("es", message.Body!.Headers[MimeKit.HeaderId.ContentLanguage]);
        Assert.Contains("abra este enlace", message.TextBody, StringComparison.Ordinal);
        var token = ResetLinks.TokenIn(message);
        using (var weak = await ResetLinks.ResetAsync(spanish, token, "short"))
        {
            Assert.Contains("8", Assert.Single(await weak.ShouldHaveFieldErrorAsync("new_password")), StringComparison.Ordinal);
        }

        using (var done = await ResetLinks.ResetAsync(spanish, token, NewPassword))
        {
            await done.ShouldBeAsync(HttpStatusCode.NoContent);
        }

        using var reused = await ResetLinks.ResetAsync(spanish, token, NewPassword);
        var problem = await reused.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("El enlace ya se usó o venció; pida uno nuevo.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_their_hash()
    {
        var user = await api.SignUpAsync();
        await ResetLinks.AskAsync(Anonymous(), user.Account.Email);
        var token = ResetLinks.TokenIn(api.Mail.LatestTo(user.Account.Email));

        var stored = await api.InDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.PasswordResetTokens, t => t.UserId == user.Id, Ct));

        var raw = Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=");
        Assert.Equal(32, raw.Length);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(raw), stored.TokenHash);
        Assert.Equal(TimeSpan.FromHours(1), stored.ExpiresAt - stored.CreatedAt);
    }

    /// <summary>A client of its own address (X-Forwarded-For), so that the per-client limit counts each test apart.</summary>
    private HttpClient Anonymous() => api.CreateClient().FromAddressOfItsOwn();
}
