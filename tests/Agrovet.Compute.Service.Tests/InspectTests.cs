using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Datasets;
using Agrovet.Compute.Engine.Rendering;

namespace Agrovet.Compute.Service.Tests;

public sealed class InspectTests(ComputeApiFactory api, SampleDatasets samples) : IClassFixture<ComputeApiFactory>
{
    private const string ViewQuery = $"dataset={SampleDatasets.CropYields}&width=200&height=150&x_range=-66,-56&y_range=-38,-28";

    [Theory]
    [InlineData("count")]
    [InlineData("mean")]
    [InlineData("max")]
    public async Task Hover_values_are_the_aggregate_under_the_pixel_exactly(string agg)
    {
        var member = await api.SignUpAsync();
        using var render = await member.Client.GetAsync($"/compute/render.png?{ViewQuery}&agg={agg}", Ct);
        Assert.Equal(HttpStatusCode.OK, render.StatusCode);
        using var expected = Aggregate($"{ViewQuery}&agg={agg}", out var dataset);
        using (dataset)
        {
            var pixels = Enumerable.Range(0, expected.Width * expected.Height)
                .Where(p => expected.ValueAt(p % expected.Width, p / expected.Width) is var v && !double.IsNaN(v) && v > 0)
                .Take(5).Select(p => (p % expected.Width, p / expected.Width)).Append((0, 0)).ToList();

            foreach (var (px, py) in pixels)
            {
                using var response = await member.Client.GetAsync($"/compute/inspect?{ViewQuery}&agg={agg}&px={px}&py={py}", Ct);
                var inspected = await response.ShouldBeAsync(HttpStatusCode.OK);
                var want = expected.ValueAt(px, py);
                var value = inspected.GetProperty("value");
                if (agg == "count" || !double.IsNaN(want))
                {
                    // Sums of a pixel's points may be added in another order (blocks go to whichever thread is free).
                    Assert.Equal(want, value.GetDouble(), agg == "mean" ? Math.Abs(want) * 1e-12 : 0);
                }
                else
                {
                    Assert.Equal(JsonValueKind.Null, value.ValueKind);
                }
                Assert.Equal(agg, inspected.GetProperty("agg").GetString());
                var xRange = inspected.GetProperty("x_range").EnumerateArray().Select(e => e.GetDouble()).ToList();
                Assert.Equal(-66 + (px * 0.05), xRange[0], 9);
            }
        }
    }

    [Fact]
    public async Task Count_cat_hover_lists_the_categories_present_largest_first_adding_up_to_the_count()
    {
        var member = await api.SignUpAsync();
        using var expected = Aggregate($"{ViewQuery}&agg=count", out var dataset);
        using (dataset)
        {
            var busiest = Enumerable.Range(0, expected.Width * expected.Height).MaxBy(p => expected.ValueAt(p % expected.Width, p / expected.Width));
            var (px, py) = (busiest % expected.Width, busiest / expected.Width);

            using var response = await member.Client.GetAsync($"/compute/inspect?{ViewQuery}&agg=count_cat&px={px}&py={py}", Ct);

            var inspected = await response.ShouldBeAsync(HttpStatusCode.OK);
            var counts = inspected.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("count").GetInt64()).ToList();
            Assert.NotEmpty(counts);
            Assert.Equal(counts.OrderDescending(), counts);
            Assert.Equal(expected.ValueAt(px, py), counts.Sum());
            Assert.Equal(expected.ValueAt(px, py), inspected.GetProperty("value").GetDouble());
        }
    }

    [Theory]
    [InlineData("px=200&py=0", "px")]
    [InlineData("px=-1&py=0", "px")]
    [InlineData("px=0&py=150", "py")]
    [InlineData("px=3", "py")]
    public async Task A_pixel_off_the_canvas_is_a_400_naming_it(string pixel, string field)
    {
        var member = await api.SignUpAsync();

        using var response = await member.Client.GetAsync($"/compute/inspect?{ViewQuery}&{pixel}", Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Fact]
    public async Task Inspecting_a_view_with_bad_parameters_is_a_400()
    {
        var member = await api.SignUpAsync();

        using var response = await member.Client.GetAsync($"/compute/inspect?dataset={SampleDatasets.CropYields}&width=0&px=0&py=0", Ct);

        await response.ShouldHaveFieldErrorAsync("width");
    }

    private AggregateGrid Aggregate(string query, out Dataset dataset)
    {
        var parameters = query.Split('&').Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => (string?)pair[1]);
        var opened = Dataset.Open(Path.Combine(samples.Folder, SampleDatasets.CropYields));
        var request = Assert.IsType<RenderParametersOutcome.Valid>(RenderParameters.Parse(parameters, _ => opened)).Request;
        dataset = opened;
        return new CpuAggregator().Aggregate(opened, request.Aggregation, Ct);
    }
}
