namespace Agrovet.Marketplace.Tests;

/// <summary>Whatever arrives, the answer is a 4xx problem+json naming the field to fix, never a 500.</summary>
public sealed class AdInputTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    private static readonly string[] NotUuids = ["not-a-uuid"];

    public static TheoryData<string, object?, string> InvalidFields => new()
    {
        { "price", -1, "greater than 0" },
        { "price", "-10.00", "greater than 0" },
        { "price", 0, "greater than 0" },
        { "price", 1.00001m, "2 decimal places" },
        { "price", "12.34567", "2 decimal places" },
        { "price", 12_345_678_901m, "10 digits" },
        { "price", "twelve", "amount as a number" },
        { "price", true, "amount as a number" },
        { "price", null, "required" },
        { "currency", "XYZ", "ISO 4217" },
        { "currency", "dollars", "ISO 4217" },
        { "currency", 840, "must be text" },
        { "category", "weapons", "not a known category" },
        { "category", "livestock/dragons", "not a known category" },
        { "category", null, "required" },
        { "stock", -1, "between 0" },
        { "stock", 1_000_000_000_000L, "between 0" },
        { "stock", 1.5, "must be a whole number" },
        { "stock", "five", "must be a whole number" },
        { "title", "ab", "at least 3" },
        { "title", new string('x', 141), "no more than 140" },
        { "title", 123, "must be text" },
        { "title", "   ", "required" },
        { "description", new string('d', 5001), "no more than 5000" },
        { "region", new string('r', 101), "GET /api/regions/" },
        { "region", "Córdoba", "Choose a region from the list" },
        { "region", "CO-XXX", "Choose a region from the list" },
        { "region", "CO-COR\u0000", "NUL" },
        { "region", 57, "must be text" },
        { "media_ids", "not-a-list", "must be a list" },
        { "media_ids", NotUuids, "must be an identifier (UUID)" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task An_invalid_field_is_named_and_explained(string field, object? value, string explanation)
    {
        var seller = await api.SignUpAsync("businessman");

        using var response = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid((field, value)), Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var key = problem.GetProperty("errors").EnumerateObject().Single().Name;
        Assert.StartsWith(field, key, StringComparison.Ordinal);
        Assert.Contains(explanation, string.Join(' ', problem.FieldErrors(key)), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("price")]
    [InlineData("stock")]
    [InlineData("category")]
    public async Task A_missing_required_field_is_named(string field)
    {
        var seller = await api.SignUpAsync("specialist");

        using var response = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Without(field), Ct);

        Assert.Contains("required", (await response.ShouldHaveFieldErrorAsync(field))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prices_are_accepted_as_numbers_or_decimal_strings_and_currencies_in_any_case()
    {
        var seller = await api.SignUpAsync("businessman");

        var fromNumber = await seller.CreateAdAsync(("price", 10), ("currency", "eur"));
        var fromString = await seller.CreateAdAsync(("price", "0.5"));

        Assert.Equal("10.00", fromNumber.GetProperty("price").GetString());
        Assert.Equal("EUR", fromNumber.GetProperty("currency").GetString());
        Assert.Equal("0.50", fromString.GetProperty("price").GetString());
    }

    [Fact]
    public async Task Too_many_or_repeated_photos_are_refused()
    {
        var seller = await api.SignUpAsync("businessman");
        var photo = Guid.NewGuid();

        using var many = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(("media_ids", Enumerable.Range(0, 11).Select(_ => Guid.NewGuid()).ToArray())), Ct);
        using var repeated = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(("media_ids", new[] { photo, photo })), Ct);

        Assert.Contains("at most 10", (await many.ShouldHaveFieldErrorAsync("media_ids"))[0], StringComparison.Ordinal);
        Assert.Contains("once", (await repeated.ShouldHaveFieldErrorAsync("media_ids"))[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"title\": \"Vaca\", oops")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_JSON_object_is_a_bad_request(string body)
    {
        var seller = await api.SignUpAsync("businessman");

        using var response = await seller.Client.PostAsync(AdBodies.Ads, MarketplaceClient.Json(body), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_form_body_is_an_unsupported_media_type()
    {
        var seller = await api.SignUpAsync("businessman");

        using var response = await seller.Client.PostAsync(AdBodies.Ads, new FormUrlEncodedContent([new("title", "Vaca")]), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_too_large()
    {
        var seller = await api.SignUpAsync("businessman");

        using var response = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(("description", new string('x', 1_100_000))), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("price", "-5")]
    [InlineData("price", "1.001")]
    [InlineData("currency", "\"ZZZ\"")]
    [InlineData("category", "\"nowhere\"")]
    [InlineData("stock", "-3")]
    [InlineData("title", "\"\"")]
    [InlineData("status", "\"sold_out\"")]
    [InlineData("status", "\"deleted\"")]
    [InlineData("price", "[1]")]
    public async Task Edits_are_checked_like_new_ads(string field, string json)
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();

        using var response = await seller.Client.PatchAsync(AdBodies.Ad(id), MarketplaceClient.Json($"{{\"{field}\": {json}}}"), Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("/api/adds/?category=weapons", "category")]
    [InlineData("/api/adds/?min_price=abc", "min_price")]
    [InlineData("/api/adds/?min_price=-1", "min_price")]
    [InlineData("/api/adds/?min_price=50&max_price=10", "max_price")]
    [InlineData("/api/adds/?sort=cheapest", "sort")]
    [InlineData("/api/adds/?ordering=title", "ordering")]
    [InlineData("/api/adds/?in_stock=maybe", "in_stock")]
    [InlineData("/api/adds/?status=lost", "status")]
    [InlineData("/api/adds/?status=withdrawn", "status")]
    [InlineData("/api/adds/?page=0", "page")]
    [InlineData("/api/adds/?page_size=1000", "page_size")]
    public async Task Bad_listing_parameters_are_named(string path, string field)
    {
        using var anonymous = api.Anonymous();

        using var response = await anonymous.GetAsync(path, Ct);

        await response.ShouldHaveFieldErrorAsync(field);
    }

    [Theory]
    [InlineData("/api/adds/?seller=abc")]
    [InlineData("/api/adds/?page=x")]
    [InlineData("/api/adds/?q=" + "palabra%20")]
    public async Task Unparsable_or_odd_query_values_never_fail_the_server(string path)
    {
        using var anonymous = api.Anonymous();

        using var response = await anonymous.GetAsync(path, Ct);

        Assert.True((int)response.StatusCode is 200 or 400, $"{path} answered {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/api/adds/?page=2147483647&page_size=100")]
    [InlineData("/api/adds/?q=vaca&page=2147483647&page_size=100")]
    [InlineData("/api/orders/?page=2147483647&page_size=100")]
    public async Task A_page_far_past_the_end_is_empty(string path)
    {
        var user = await api.SignUpAsync();

        var page = await user.Client.GetJsonAsync(path);

        Assert.Equal(0, page.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task A_search_longer_than_200_characters_is_refused()
    {
        using var anonymous = api.Anonymous();

        using var response = await anonymous.GetAsync($"/api/adds/?q={new string('a', 201)}", Ct);

        await response.ShouldHaveFieldErrorAsync("q");
    }

    [Theory]
    [InlineData("/api/adds/abc/")]
    [InlineData("/api/adds/99999999999999999999999/")]
    [InlineData("/api/adds/-1/")]
    [InlineData("/api/orders/abc/")]
    [InlineData("/api/adds/1/nothing/")]
    public async Task Odd_ids_and_unknown_paths_are_404_problems(string path)
    {
        var user = await api.SignUpAsync();

        using var response = await user.Client.GetAsync(path, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Search_syntax_of_any_kind_is_just_a_search()
    {
        using var anonymous = api.Anonymous();

        foreach (var q in new[] { "\"unterminated", "a & | ! ( )", "-", "or OR and", "':*", "😀", "%00" })
        {
            using var response = await anonymous.GetAsync($"/api/adds/?q={Uri.EscapeDataString(q)}", Ct);
            await response.ShouldBeAsync(HttpStatusCode.OK);
        }
    }
}
