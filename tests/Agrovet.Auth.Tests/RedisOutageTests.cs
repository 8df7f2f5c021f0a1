namespace Agrovet.Auth.Tests;

public sealed class RedisOutageTests(RedisDownAuthApiFactory api) : IClassFixture<RedisDownAuthApiFactory>
{
    [Fact]
    public async Task Signing_in_and_using_the_token_work_while_Redis_is_down()
    {
        var user = await api.SignUpAsync();

        using var me = await user.Client.GetAsync(AuthApi.Me, Ct);
        await me.ShouldBeAsync(HttpStatusCode.OK);

        using var refresh = await user.Client.PostAsJsonAsync(AuthApi.Refresh, new { refresh = user.RefreshToken }, Ct);
        await refresh.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Readiness_says_Redis_is_missing()
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/health/ready", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
