using System.Text.Json;
using Agrovet.Compute.Engine.Shading;
using Agrovet.Compute.Engine.Spreading;

namespace Agrovet.Compute.Tests;

/// <summary>
/// Colours against Datashader's own shading code run by numpy (Reference/shade_reference.py wrote
/// Reference/shade_reference.json): linear, log, cbrt and eq_hist on integer counts (exact-count and binned eq_hist)
/// and on float values with NaN, categorical mixing with alpha, and spreading.
/// </summary>
public sealed class ShadingMatchesDatashader
{
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        var cases = Load().RootElement.GetProperty("cases");
        for (var i = 0; i < cases.GetArrayLength(); i++)
        {
            var entry = cases[i];
            data.Add(i, $"{entry.GetProperty("kind").GetString()} {entry.GetProperty("data_name").GetString()} {entry.GetProperty("how").GetString()}");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Shading_gives_the_colours_Datashader_gives(int index, string description)
    {
        var entry = Load().RootElement.GetProperty("cases")[index];
        var kind = entry.GetProperty("kind").GetString();
        var shape = entry.GetProperty("shape").EnumerateArray().Select(value => value.GetInt32()).ToArray();
        var data = entry.GetProperty("data").EnumerateArray().Select(value => value.ValueKind == JsonValueKind.Null ? double.NaN : value.GetDouble()).ToArray();
        var colors = entry.GetProperty("cmap").EnumerateArray().Select(value => Rgb.TryParse(value.GetString()!, out var color) ? color : default).ToArray();
        Assert.True(RenderParameters.TryParseHow(entry.GetProperty("how").GetString()!, out var how));
        var expected = entry.GetProperty("expected").EnumerateArray().Select(value => value.GetUInt32()).ToArray();
        using var grid = kind == "categorical"
            ? TestGrids.Categories(shape[0], shape[1], shape[2], data)
            : entry.GetProperty("integer").GetBoolean() ? TestGrids.Counts(shape[0], shape[1], data) : TestGrids.Values(shape[0], shape[1], data);
        using var image = kind == "categorical"
            ? Shader.ShadeCategories(grid, colors, ["a", "b", "c", "d"], how)
            : Shader.Shade(grid, new Colormap("test", colors), how);
        if (kind == "spread")
        {
            Spreader.Spread(image, entry.GetProperty("px").GetInt32());
        }
        Assert.True(expected.SequenceEqual(image.Pixels.ToArray()), $"{description}: colours differ from Datashader's");
    }

    [Fact]
    public void An_empty_aggregate_shades_to_a_transparent_image()
    {
        using var grid = TestGrids.Counts(4, 5, new double[20]);
        using var image = Shader.Shade(grid, Colormaps.Default, ShadeHow.EqHist);
        Assert.All(image.Pixels.ToArray(), pixel => Assert.Equal(0u, pixel));
        Assert.Null(image.Legend.Min);
    }

    private static JsonDocument Load() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "shade_reference.json")));
}
