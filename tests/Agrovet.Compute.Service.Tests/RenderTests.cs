using StbImageSharp;

namespace Agrovet.Compute.Service.Tests;

public sealed class RenderTests(ComputeApiFactory api) : IClassFixture<ComputeApiFactory>
{
    private const string View = $"/compute/render.png?dataset={SampleDatasets.CropYields}&width=320&height=240&x_range=-66,-56&y_range=-38,-28";

    [Fact]
    public async Task A_view_is_a_PNG_of_the_canvas_size_with_its_range_timings_and_a_strong_ETag()
    {
        var member = await api.SignUpAsync();

        using var response = await member.Client.GetAsync(View + "&agg=mean&how=log&cmap=viridis", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var image = ImageResult.FromMemory(await response.Content.ReadAsByteArrayAsync(Ct), ColorComponents.RedGreenBlueAlpha);
        Assert.Equal((320, 240), (image.Width, image.Height));
        Assert.True(double.Parse(response.Headers.GetValues("X-Aggregate-Min").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("aggregate;dur=", response.Headers.GetValues("Server-Timing").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Contains("private", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_view_asked_again_with_its_ETag_is_a_304_and_another_view_has_another_ETag()
    {
        var member = await api.SignUpAsync();
        using var first = await member.Client.GetAsync(View, Ct);
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, View.Replace("width=320&height=240", "height=240&width=320", StringComparison.Ordinal));
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await member.Client.SendAsync(again, Ct);
        using var other = await member.Client.GetAsync(View + "&cmap=kbc", Ct);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task A_preview_renders_from_the_sample()
    {
        var member = await api.SignUpAsync();

        using var full = await member.Client.GetAsync(View, Ct);
        using var preview = await member.Client.GetAsync(View + "&preview=true", Ct);
        using var bad = await member.Client.GetAsync(View + "&preview=maybe", Ct);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.NotEqual(full.Headers.ETag, preview.Headers.ETag);
        Assert.NotEqual(full.Headers.GetValues("X-Blocks-Read").Single(), preview.Headers.GetValues("X-Blocks-Read").Single());
        await bad.ShouldHaveFieldErrorAsync("preview");
    }

    public static TheoryData<string, string> BadParameters() => new()
    {
        { "width=0", "width" },
        { "width=100000", "width" },
        { "height=-1", "height" },
        { "x_range=-56,-66", "x_range" },
        { "y_range=NaN,-20", "y_range" },
        { "x_range=-70,Infinity", "x_range" },
        { "agg=mean&column=weight", "column" },
        { "x=altitude", "x" },
        { "cmap=rainbow_unicorn", "cmap" },
        { "agg=median", "agg" },
        { "how=sqrt", "how" },
        { "projection=albers", "projection" },
        { "time_range=2021-01-01,2020-01-01", "time_range" },
        { "categories=maize,bananas", "categories" },
        { "value_range=10,1", "value_range" },
        { "spread=99", "spread" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task A_bad_parameter_is_a_400_problem_naming_it_with_how_to_fix_it(string parameter, string field)
    {
        var member = await api.SignUpAsync();

        using var response = await member.Client.GetAsync($"/compute/render.png?dataset={SampleDatasets.CropYields}&{parameter}", Ct);

        var messages = await response.ShouldHaveFieldErrorAsync(field);
        Assert.All(messages, message => Assert.True(message.Length > 20, message));
    }

    [Fact]
    public async Task A_ten_thousand_category_colour_key_or_filter_is_refused_with_a_problem_before_any_render()
    {
        var member = await api.SignUpAsync();
        var key = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"%23{i:x6}"));
        var categories = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"crop{i}"));

        // 10,000 entries are longer than any URL the server reads: refused as such, with a problem saying so.
        using var longKey = await member.Client.GetAsync($"/compute/render.png?dataset={SampleDatasets.CropYields}&agg=count_cat&color_key={key}", Ct);
        using var longFilter = await member.Client.GetAsync($"/compute/render.png?dataset={SampleDatasets.CropYields}&categories={categories}", Ct);

        await longKey.ShouldBeProblemAsync(HttpStatusCode.RequestUriTooLong);
        await longFilter.ShouldBeProblemAsync(HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task A_colour_key_or_category_filter_longer_than_256_is_a_400_naming_it()
    {
        var member = await api.SignUpAsync();
        var key = string.Join(",", Enumerable.Range(0, 300).Select(i => $"%23{i:x6}"));
        var categories = string.Join(",", Enumerable.Range(0, 300).Select(i => $"c{i}"));

        using var longKey = await member.Client.GetAsync($"/compute/render.png?dataset={SampleDatasets.CropYields}&agg=count_cat&color_key={key}", Ct);
        using var longFilter = await member.Client.GetAsync($"/compute/render.png?dataset={SampleDatasets.CropYields}&categories={categories}", Ct);

        Assert.Contains("at most 256", (await longKey.ShouldHaveFieldErrorAsync("color_key"))[0], StringComparison.Ordinal);
        Assert.Contains("at most 256", (await longFilter.ShouldHaveFieldErrorAsync("categories"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_field_is_reported_at_once_and_an_unknown_dataset_is_a_field_error()
    {
        var member = await api.SignUpAsync();

        using var several = await member.Client.GetAsync($"/compute/render.png?dataset={SampleDatasets.CropYields}&width=0&cmap=nope&x_range=3,1", Ct);
        using var unknown = await member.Client.GetAsync("/compute/render.png?dataset=../../etc", Ct);
        using var missing = await member.Client.GetAsync("/compute/render.png", Ct);

        var problem = await several.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["cmap", "width", "x_range"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        await unknown.ShouldHaveFieldErrorAsync("dataset");
        await missing.ShouldHaveFieldErrorAsync("dataset");
    }
}
