namespace Agrovet.Auth.Tests;

public sealed class RefreshTokenTests(AuthApiFactory api) : IClassFixture<AuthApiFactory>
{
    [Fact]
    public async Task Refreshing_returns_a_new_pair_and_the_old_refresh_token_stops_working()
    {
        var user = await api.SignUpAsync();

        using var refreshed = await RefreshAsync(user.RefreshToken);
        var pair = await refreshed.ShouldBeAsync(HttpStatusCode.OK);
        var newAccess = pair.GetProperty("access").GetString()!;
        Assert.NotEqual(user.RefreshToken, pair.GetProperty("refresh").GetString());
        Assert.NotEqual(user.AccessToken, newAccess);
        Assert.Equal(user.Id, pair.GetProperty("user").GetProperty("id").GetInt64());

        using var me = api.CreateClient().WithBearer(newAccess);
        using var meResponse = await me.GetAsync(AuthApi.Me, Ct);
        await meResponse.ShouldBeAsync(HttpStatusCode.OK);

        using var again = await RefreshAsync(user.RefreshToken);
        await again.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refreshing_with_a_used_token_revokes_the_whole_family()
    {
        var user = await api.SignUpAsync();
        var second = await RefreshedTokenAsync(user.RefreshToken);
        var third = await RefreshedTokenAsync(second);

        using var replay = await RefreshAsync(user.RefreshToken);
        var problem = await replay.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("already used", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var latest = await RefreshAsync(third);
        await latest.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Reuse_in_one_session_leaves_the_users_other_sessions_alone()
    {
        var user = await api.SignUpAsync();
        var otherSession = await AuthApi.SignInAsync(api.CreateClient, user.Account);
        await RefreshedTokenAsync(user.RefreshToken);

        using var replay = await RefreshAsync(user.RefreshToken);
        await replay.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var other = await RefreshAsync(otherSession.RefreshToken);
        await other.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_refreshes_of_one_token_let_exactly_one_through_and_end_the_session()
    {
        var user = await api.SignUpAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RefreshAsync(user.RefreshToken)));

        var winners = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        Assert.Single(winners);
        foreach (var loser in responses.Except(winners))
        {
            await loser.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        // A refresh token works once; the duplicates count as reuse, so the winner's successor is revoked too.
        var winner = await winners[0].ShouldBeAsync(HttpStatusCode.OK);
        using var next = await RefreshAsync(winner.GetProperty("refresh").GetString()!);
        await next.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [InlineData("eyJhbGciOiJFUzI1NiJ9.e30.c2ln")]
    public async Task Refresh_tokens_that_were_never_issued_are_refused(string refresh)
    {
        using var response = await RefreshAsync(refresh);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("The refresh token is not valid. Sign in again.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_missing_refresh_token_is_a_field_error()
    {
        using var client = api.CreateClient();
        using var response = await client.PostAsJsonAsync(AuthApi.Refresh, new { refresh = (string?)null }, Ct);
        await response.ShouldHaveFieldErrorAsync("refresh");
    }

    [Fact]
    public async Task An_access_token_is_not_a_refresh_token()
    {
        var user = await api.SignUpAsync();
        using var response = await RefreshAsync(user.AccessToken);
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private async Task<string> RefreshedTokenAsync(string refresh)
    {
        using var response = await RefreshAsync(refresh);
        return (await response.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("refresh").GetString()!;
    }

    private async Task<HttpResponseMessage> RefreshAsync(string refresh)
    {
        using var client = api.CreateClient();
        return await client.PostAsJsonAsync(AuthApi.Refresh, new { refresh }, Ct);
    }
}
