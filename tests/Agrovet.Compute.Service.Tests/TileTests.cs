using StbImageSharp;

namespace Agrovet.Compute.Service.Tests;

public sealed class TileTests(ComputeApiFactory api) : IClassFixture<ComputeApiFactory>
{
    [Fact]
    public async Task A_map_tile_is_a_256_pixel_PNG_cached_for_a_day_and_revalidated_by_its_ETag()
    {
        var member = await api.SignUpAsync();
        // Zoom 3: the tile holding the Pampa (x 2, y 4 of 8).
        const string Tile = $"/compute/tiles/{SampleDatasets.CropYields}/3/2/4.png?how=log";

        using var response = await member.Client.GetAsync(Tile, Ct);
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, Tile);
        revalidation.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await member.Client.SendAsync(revalidation, Ct);
        using var large = await member.Client.GetAsync(Tile + "&size=512", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var image = ImageResult.FromMemory(await response.Content.ReadAsByteArrayAsync(Ct), ColorComponents.RedGreenBlueAlpha);
        Assert.Equal((256, 256), (image.Width, image.Height));
        Assert.Contains(Enumerable.Range(0, image.Width * image.Height), pixel => image.Data[(pixel * 4) + 3] != 0);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl.MaxAge);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(512, ImageResult.FromMemory(await large.Content.ReadAsByteArrayAsync(Ct)).Width);
    }

    [Fact]
    public async Task An_empty_tile_is_transparent()
    {
        var member = await api.SignUpAsync();

        // Zoom 2, the north-east of the world: no Latin American point falls there.
        using var response = await member.Client.GetAsync($"/compute/tiles/{SampleDatasets.CropYields}/2/3/0.png", Ct);

        var image = ImageResult.FromMemory(await response.Content.ReadAsByteArrayAsync(Ct), ColorComponents.RedGreenBlueAlpha);
        Assert.All(Enumerable.Range(0, image.Width * image.Height), pixel => Assert.Equal(0, image.Data[(pixel * 4) + 3]));
    }

    [Theory]
    [InlineData("30/0/0", "z")]
    [InlineData("2/4/0", "x")]
    [InlineData("2/0/-1", "y")]
    [InlineData("2/0/0.png?size=300&x", "size")]
    public async Task A_tile_off_the_map_is_a_400_naming_what_is_wrong(string address, string field)
    {
        var member = await api.SignUpAsync();
        var path = address.Contains(".png", StringComparison.Ordinal) ? address : address + ".png";

        using var response = await member.Client.GetAsync($"/compute/tiles/{SampleDatasets.CropYields}/{path}", Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Fact]
    public async Task A_tile_of_an_unknown_dataset_or_with_a_bad_shading_is_a_400()
    {
        var member = await api.SignUpAsync();

        using var unknown = await member.Client.GetAsync("/compute/tiles/nothing-here/0/0/0.png", Ct);
        using var shading = await member.Client.GetAsync($"/compute/tiles/{SampleDatasets.CropYields}/0/0/0.png?cmap=plaid", Ct);

        await unknown.ShouldHaveFieldErrorAsync("dataset");
        await shading.ShouldHaveFieldErrorAsync("cmap");
    }
}
