namespace Agrovet.Marketplace.Tests;

/// <summary>When a photo must be asked about and the media service does not answer, the answer is a clear 503, never a hang.</summary>
public sealed class MediaOutageTests(MediaDownMarketplaceFactory api) : IClassFixture<MediaDownMarketplaceFactory>
{
    [Fact]
    public async Task A_photo_not_heard_of_while_the_media_service_is_down_gives_503()
    {
        var seller = await api.SignUpAsync("businessman");

        using var response = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(("media_ids", new[] { Guid.CreateVersion7() })), Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("media service", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
        using var anonymous = api.Anonymous();
        Assert.Equal(0, (await anonymous.GetJsonAsync($"{AdBodies.Ads}?seller={seller.Id}")).GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Photos_already_heard_of_need_no_media_service()
    {
        var seller = await api.SignUpAsync("businessman");
        var photo = await api.UploadMediaAsync(seller.Id);

        var ad = await seller.CreateAdAsync(("media_ids", new[] { photo }));

        Assert.Equal(photo, ad.GetProperty("media_ids")[0].GetGuid());
    }
}
