namespace Agrovet.Marketplace.Tests;

/// <summary>Nothing user-visible depends on Redis: without it ad details come from the database.</summary>
public sealed class RedisOutageTests(RedisDownMarketplaceFactory api) : IClassFixture<RedisDownMarketplaceFactory>
{
    [Fact]
    public async Task Ad_details_are_read_edited_and_read_again_from_the_database()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync(("title", "Tractor usado"));
        using var anonymous = api.Anonymous();

        var first = await anonymous.GetJsonAsync(AdBodies.Ad(id));
        var again = await anonymous.GetJsonAsync(AdBodies.Ad(id));
        using (var edit = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { title = "Tractor revisado" }, Ct))
        {
            await edit.ShouldBeAsync(HttpStatusCode.OK);
        }

        var edited = await anonymous.GetJsonAsync(AdBodies.Ad(id));
        Assert.Equal("Tractor usado", first.GetProperty("title").GetString());
        Assert.Equal(first.ToString(), again.ToString());
        Assert.Equal("Tractor revisado", edited.GetProperty("title").GetString());
        Assert.Equal(1, (await anonymous.GetJsonAsync($"{AdBodies.Ads}?q=revisado")).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Readiness_says_Redis_is_missing()
    {
        using var anonymous = api.Anonymous();

        using var response = await anonymous.GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
