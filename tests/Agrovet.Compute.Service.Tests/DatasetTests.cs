namespace Agrovet.Compute.Service.Tests;

public sealed class DatasetTests(ComputeApiFactory api) : IClassFixture<ComputeApiFactory>
{
    [Fact]
    public async Task A_signed_in_user_sees_each_dataset_with_its_size_columns_bounds_period_and_categories()
    {
        var member = await api.SignUpAsync();

        using var response = await member.Client.GetAsync("/compute/datasets/", Ct);
        var list = await response.ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("ready", list.GetProperty("status").GetString());
        Assert.Equal(2, list.GetProperty("count").GetInt32());
        var crops = list.GetProperty("results").EnumerateArray().Single(d => d.GetProperty("name").GetString() == SampleDatasets.CropYields);
        Assert.Equal(200_000, crops.GetProperty("rows").GetInt64());
        Assert.Equal(["lon", "lat", "yield", "crop", "time"], crops.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var bounds = crops.GetProperty("bounds");
        Assert.InRange(bounds.GetProperty("min_lon").GetDouble(), -118.5, -34);
        Assert.True(bounds.GetProperty("min_lat").GetDouble() < bounds.GetProperty("max_lat").GetDouble());
        Assert.Contains("maize", crops.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("crop", crops.GetProperty("category_column").GetString());
        Assert.Equal("t/ha", crops.GetProperty("value_unit").GetString());
        Assert.True(crops.GetProperty("has_preview").GetBoolean());
        Assert.True(crops.GetProperty("time_range").GetProperty("from").GetDateTimeOffset() < crops.GetProperty("time_range").GetProperty("to").GetDateTimeOffset());
    }

    [Fact]
    public async Task One_dataset_is_found_by_name_and_an_unknown_one_is_a_404_problem()
    {
        var member = await api.SignUpAsync();

        using var found = await member.Client.GetAsync($"/compute/datasets/{SampleDatasets.AnimalHealth}/", Ct);
        using var missing = await member.Client.GetAsync("/compute/datasets/no-such-dataset/", Ct);

        Assert.Equal(50_000, (await found.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("rows").GetInt64());
        var problem = await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("/compute/datasets/", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")]
    public async Task Without_a_valid_token_every_endpoint_is_a_401_problem(string? token)
    {
        using var client = api.CreatePlainClient(token);
        foreach (var path in new[]
        {
            "/compute/datasets/", $"/compute/datasets/{SampleDatasets.CropYields}/", $"/compute/render.png?dataset={SampleDatasets.CropYields}",
            $"/compute/inspect?dataset={SampleDatasets.CropYields}&px=1&py=1", $"/compute/tiles/{SampleDatasets.CropYields}/0/0/0.png", "/ws/compute",
        })
        {
            using var response = await client.GetAsync(path, Ct);
            await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task The_API_reference_is_served_under_the_service_prefix_and_describes_every_operation()
    {
        using var anonymous = api.CreatePlainClient();

        using var redirect = await anonymous.GetAsync("/compute/docs", Ct);
        using var docs = await anonymous.GetAsync("/compute/docs/", Ct);
        using var document = await anonymous.GetAsync("/compute/openapi/v1.json", Ct);
        using var platformDocument = await anonymous.GetAsync("/openapi/v1.json", Ct);

        Assert.Equal("/compute/docs/", new Uri(redirect.RequestMessage!.RequestUri!, redirect.Headers.Location!).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("text/html", docs.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var openApi = await document.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, platformDocument.StatusCode);
        var paths = openApi.GetProperty("paths");
        foreach (var path in new[] { "/compute/datasets", "/compute/datasets/{name}", "/compute/render.png", "/compute/inspect", "/compute/tiles/{dataset}/{z}/{x}/{y}.png", "/ws/compute" })
        {
            var operation = paths.GetProperty(path).GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{path} has no summary");
            Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{path} does not document its 401");
        }
        var renderParameters = paths.GetProperty("/compute/render.png").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("x_range", renderParameters);
        Assert.Contains("cmap", renderParameters);
        Assert.True(paths.GetProperty("/compute/render.png").GetProperty("get").GetProperty("responses").TryGetProperty("400", out _));
    }
}
