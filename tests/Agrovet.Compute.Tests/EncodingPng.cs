using Agrovet.Compute.Engine.Imaging;
using Agrovet.Compute.Engine.Shading;
using Bogus;
using StbImageSharp;

namespace Agrovet.Compute.Tests;

/// <summary>The PNG decodes (with an independent decoder) to exactly the shaded pixels.</summary>
public sealed class EncodingPng
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(37, 23)]
    [InlineData(800, 600)]
    public void A_shaded_image_round_trips_through_PNG(int width, int height)
    {
        var random = new Randomizer(width);
        var counts = Enumerable.Range(0, width * height).Select(_ => random.Int(0, 9) < 6 ? 0.0 : random.Int(1, 5000)).ToArray();
        using var grid = TestGrids.Counts(height, width, counts);
        using var image = Shader.Shade(grid, Colormaps.Default, ShadeHow.EqHist);
        var png = PngEncoder.Encode(image);
        var decoded = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        Assert.Equal(image.RgbaBytes.ToArray(), decoded.Data);
    }
}
