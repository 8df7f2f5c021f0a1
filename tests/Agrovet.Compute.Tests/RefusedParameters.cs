namespace Agrovet.Compute.Tests;

/// <summary>Bad parameter sets are refused field by field, with messages that say how to fix them.</summary>
public sealed class RefusedParameters : IClassFixture<RefusedParameters.Data>
{
    private readonly Data _data;

    public RefusedParameters(Data data) => _data = data;

    public static TheoryData<string, string, string> BadParameters() => new()
    {
        { "width", "0", "width" },
        { "width", "100000", "width" },
        { "height", "-3", "height" },
        { "height", "tall", "height" },
        { "x_range", "-50,-70", "x_range" },
        { "x_range", "-60,-60", "x_range" },
        { "y_range", "NaN,-20", "y_range" },
        { "y_range", "-40,Infinity", "y_range" },
        { "x_range", "-70", "x_range" },
        { "x", "altitude", "x" },
        { "y", "random", "y" },
        { "column", "weight", "column" },
        { "cmap", "rainbow_unicorn", "cmap" },
        { "agg", "median", "agg" },
        { "how", "sqrt", "how" },
        { "projection", "albers", "projection" },
        { "spread", "100", "spread" },
        { "time_range", "2021-01-01,2020-01-01", "time_range" },
        { "time_range", "yesterday,today", "time_range" },
        { "categories", "maize,bananas", "categories" },
        { "value_range", "10,1", "value_range" },
        { "color_key", "#e41a1c,not-a-colour", "color_key" },
        { "dataset", "../etc", "dataset" },
        { "dataset", "no-such-dataset", "dataset" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public void A_bad_parameter_is_refused_with_an_error_on_its_field(string name, string value, string field)
    {
        var parameters = Valid();
        parameters[name] = value;
        if (name == "column")
        {
            parameters["agg"] = "mean";
        }
        var invalid = Assert.IsType<RenderParametersOutcome.Invalid>(RenderParameters.Parse(parameters, _data.Catalog));
        Assert.Contains(field, invalid.Errors.Keys);
        Assert.All(invalid.Errors[field], message => Assert.False(string.IsNullOrWhiteSpace(message)));
    }

    [Fact]
    public void A_ten_thousand_category_colour_key_is_refused()
    {
        var parameters = Valid();
        parameters["agg"] = "count_cat";
        parameters["color_key"] = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"#{i:x6}"));
        var invalid = Assert.IsType<RenderParametersOutcome.Invalid>(RenderParameters.Parse(parameters, _data.Catalog));
        Assert.Contains("at most 256", invalid.Errors["color_key"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_thousand_category_filter_is_refused()
    {
        var parameters = Valid();
        parameters["categories"] = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"crop{i}"));
        var invalid = Assert.IsType<RenderParametersOutcome.Invalid>(RenderParameters.Parse(parameters, _data.Catalog));
        Assert.Single(invalid.Errors["categories"]);
    }

    [Fact]
    public void A_colour_key_shorter_than_the_categories_is_refused()
    {
        var parameters = Valid();
        parameters["agg"] = "count_cat";
        parameters["color_key"] = "#e41a1c,#377eb8";
        var invalid = Assert.IsType<RenderParametersOutcome.Invalid>(RenderParameters.Parse(parameters, _data.Catalog));
        Assert.Contains("color_key", invalid.Errors.Keys);
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var parameters = Valid();
        parameters["width"] = "0";
        parameters["cmap"] = "nope";
        parameters["x_range"] = "3,1";
        var invalid = Assert.IsType<RenderParametersOutcome.Invalid>(RenderParameters.Parse(parameters, _data.Catalog));
        Assert.Equal(["cmap", "width", "x_range"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_good_parameter_set_becomes_a_request_that_renders()
    {
        var parameters = Valid();
        parameters["agg"] = "mean";
        parameters["how"] = "log";
        parameters["cmap"] = "viridis";
        parameters["time_range"] = "2020-09-13,2020-12-31T23:59:59Z";
        parameters["categories"] = "maize,Wheat";
        parameters["value_range"] = "0,200";
        parameters["spread"] = "1";
        var valid = Assert.IsType<RenderParametersOutcome.Valid>(RenderParameters.Parse(parameters, _data.Catalog));
        Assert.Equal(Reduction.Mean, valid.Request.Aggregation.Reduction);
        Assert.Equal(new HashSet<int> { 0, 2 }, valid.Request.Aggregation.Filters.Categories);
        var result = new Renderer(new CpuAggregator()).Render(valid.Dataset, valid.Request, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], result.Png.Take(4));
        Assert.Equal(640, result.Width);
    }

    [Fact]
    public void Defaults_cover_the_whole_dataset()
    {
        var valid = Assert.IsType<RenderParametersOutcome.Valid>(RenderParameters.Parse(new Dictionary<string, string?> { ["dataset"] = "random" }, _data.Catalog));
        var canvas = valid.Request.Aggregation.Canvas;
        Assert.Equal((RenderParameters.DefaultWidth, RenderParameters.DefaultHeight), (canvas.Width, canvas.Height));
        Assert.Equal(_data.Catalog.TryOpen("random")!.Longitude.Descriptor.Min, canvas.XRange.Min);
    }

    private static Dictionary<string, string?> Valid() => new()
    {
        ["dataset"] = "random",
        ["width"] = "640",
        ["height"] = "480",
        ["x_range"] = "-70,-50",
        ["y_range"] = "-40,-20",
    };

    public sealed class Data : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Data()
        {
            RandomObservations.Write(Path.Combine(_folder.Path, "random"), RandomObservations.Create(5_000, seed: 3), blockSize: 512).Dispose();
            Catalog = new DatasetCatalog(_folder.Path);
        }

        public DatasetCatalog Catalog { get; }

        public void Dispose()
        {
            Catalog.Dispose();
            _folder.Dispose();
        }
    }
}
