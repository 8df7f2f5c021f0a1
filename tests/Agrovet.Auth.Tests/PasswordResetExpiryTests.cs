namespace Agrovet.Auth.Tests;

/// <summary>A reset link stops working an hour after it was sent: the service's clock is moved, not waited for.</summary>
public sealed class PasswordResetExpiryTests(ClockedAuthApiFactory api) : IClassFixture<ClockedAuthApiFactory>
{
    private const string NewPassword = "Fresh-pasture-2031";

    [Fact]
    public async Task A_link_works_for_an_hour_and_not_after()
    {
        var user = await api.SignUpAsync();
        using var anonymous = api.CreateClient();
        await ResetLinks.AskAsync(anonymous, user.Account.Email);
        var token = ResetLinks.TokenIn(api.Mail.LatestTo(user.Account.Email));
        try
        {
            api.Clock.Offset = TimeSpan.FromMinutes(59);
            using (var weak = await ResetLinks.ResetAsync(anonymous, token, "short"))
            {
                // Still valid at 59 minutes: the refusal is about the password, not the link.
                await weak.ShouldHaveFieldErrorAsync("new_password");
            }

            api.Clock.Offset = TimeSpan.FromMinutes(61);
            using var late = await ResetLinks.ResetAsync(anonymous, token, NewPassword);

            var problem = await late.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal("This link was already used or has expired; ask for a new one.", problem.GetProperty("detail").GetString());
        }
        finally
        {
            api.Clock.Offset = TimeSpan.Zero;
        }

        await AuthApi.LogInAsync(anonymous, user.Account.Username, user.Account.Password);
    }
}
