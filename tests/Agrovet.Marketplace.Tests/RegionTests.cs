namespace Agrovet.Marketplace.Tests;

/// <summary>The region catalog (<c>GET /api/regions/</c>) and regions as ads and addresses store them: division codes.</summary>
public sealed class RegionTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    private const string Regions = "/api/regions/";

    [Fact]
    public async Task The_catalog_lists_every_spanish_speaking_latin_american_country_and_brazil_with_divisions_and_currency()
    {
        using var anonymous = api.Anonymous();
        anonymous.InLanguage("es");

        var countries = (await anonymous.GetJsonAsync(Regions)).EnumerateArray().ToList();

        var codes = countries.Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Equal(
            ["AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE", "PY", "SV", "UY", "VE"],
            codes.Order(StringComparer.Ordinal));
        var colombia = countries.Single(c => c.GetProperty("code").GetString() == "CO");
        Assert.Equal(("COP", 2, "departamento"), (colombia.GetProperty("currency").GetString(), colombia.GetProperty("currency_decimals").GetInt32(), colombia.GetProperty("division_type").GetString()));
        var divisions = colombia.GetProperty("divisions").EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!, d => d.GetProperty("name").GetString());
        Assert.Equal(33, divisions.Count);
        Assert.Equal("Córdoba", divisions["CO-COR"]);
        var chile = countries.Single(c => c.GetProperty("code").GetString() == "CL");
        Assert.Equal(("CLP", 0), (chile.GetProperty("currency").GetString(), chile.GetProperty("currency_decimals").GetInt32()));
        Assert.All(countries, c => Assert.NotEmpty(c.GetProperty("divisions").EnumerateArray()));
    }

    [Theory]
    [InlineData("es", "México", "Brasil", "estado")]
    [InlineData(null, "México", "Brasil", "estado")]
    [InlineData("en", "Mexico", "Brazil", "state")]
    public async Task Country_names_come_in_the_callers_language_and_division_names_as_written_locally(string? language, string mexico, string brazil, string divisionType)
    {
        using var anonymous = api.Anonymous();
        anonymous.InLanguage(language);

        var countries = (await anonymous.GetJsonAsync(Regions)).EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);

        Assert.Equal((mexico, divisionType), (countries["MX"].GetProperty("name").GetString(), countries["MX"].GetProperty("division_type").GetString()));
        Assert.Equal(brazil, countries["BR"].GetProperty("name").GetString());
        Assert.Contains(countries["BR"].GetProperty("divisions").EnumerateArray(), d => d.GetProperty("name").GetString() == "São Paulo");
    }

    [Fact]
    public async Task The_catalog_is_cacheable_and_an_unchanged_copy_is_a_304()
    {
        using var anonymous = api.Anonymous();
        anonymous.InLanguage("es");

        using var first = await anonymous.GetAsync(Regions, Ct);
        await first.ShouldBeAsync(HttpStatusCode.OK);
        var etag = first.Headers.ETag;
        using var again = new HttpRequestMessage(HttpMethod.Get, Regions);
        again.Headers.IfNoneMatch.Add(etag!);
        using var second = await anonymous.SendAsync(again, Ct);
        using var english = new HttpRequestMessage(HttpMethod.Get, Regions);
        english.Headers.IfNoneMatch.Add(etag!);
        english.Headers.AcceptLanguage.ParseAdd("en");
        using var third = await anonymous.SendAsync(english, Ct);

        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl is { Public: true, MaxAge: not null });
        Assert.Contains("Accept-Language", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task An_ad_names_its_region_by_code_in_any_case_and_answers_code_and_name()
    {
        var seller = await api.SignUpAsync("businessman");

        var ad = await seller.CreateAdAsync(("region", " mx-jal "));
        var id = ad.GetProperty("id").GetInt64();
        using var cleared = await seller.Client.PatchAsJsonAsync(AdBodies.Ad(id), new { region = "" }, Ct);

        Assert.Equal(("MX-JAL", "Jalisco"), (ad.GetProperty("region").GetString(), ad.GetProperty("region_name").GetString()));
        var after = await cleared.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(("", ""), (after.GetProperty("region").GetString(), after.GetProperty("region_name").GetString()));
    }

    [Theory]
    [InlineData("CL-RM", "CLP")]
    [InlineData("BR-SP", "BRL")]
    [InlineData("EC-P", "USD")]
    [InlineData(null, "USD")]
    public async Task An_ad_sent_without_a_currency_is_priced_in_the_currency_of_its_regions_country(string? region, string currency)
    {
        var seller = await api.SignUpAsync("businessman");

        var ad = await seller.CreateAdAsync(("region", region), ("currency", null), ("price", "1000"));

        Assert.Equal(currency, ad.GetProperty("currency").GetString());
    }

    [Theory]
    [InlineData("es", "Esa no es una región de la lista. Elija una región de la lista: GET /api/regions/ (códigos de división como CO-COR o MX-JAL).")]
    [InlineData(null, "Esa no es una región de la lista. Elija una región de la lista: GET /api/regions/ (códigos de división como CO-COR o MX-JAL).")]
    [InlineData("en", "That is not a region of the list. Choose a region from the list: GET /api/regions/ (division codes such as CO-COR or MX-JAL).")]
    public async Task An_unknown_region_is_a_400_saying_where_the_list_is_in_the_callers_language(string? language, string expected)
    {
        var seller = await api.SignUpAsync("businessman");
        seller.Client.InLanguage(language);

        using var created = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(("region", "Atlantis")), Ct);
        using var listed = await seller.Client.GetAsync($"{AdBodies.Ads}?region=CO-ZZZ", Ct);

        Assert.Equal([expected], await created.ShouldHaveFieldErrorAsync("region"));
        Assert.Contains("GET /api/regions/", Assert.Single(await listed.ShouldHaveFieldErrorAsync("region")));
    }

    [Theory]
    [InlineData("""{"region":123}""")]
    [InlineData("""{"region":["CO-COR"]}""")]
    [InlineData("""{"region":"CO-COR\u0000"}""")]
    [InlineData("""{"region":"C\u200BO-COR"}""")]
    [InlineData("""{"region":"\uD83D\uDC04"}""")]
    public async Task A_region_of_the_wrong_type_or_with_odd_characters_is_a_400_naming_the_field(string edit)
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();

        using var response = await seller.Client.PatchAsync(AdBodies.Ad(id), MarketplaceClient.Json(edit), Ct);

        Assert.NotEmpty(await response.ShouldHaveFieldErrorAsync("region"));
    }

    [Fact]
    public async Task Ads_are_filtered_by_division_code_or_by_country()
    {
        var seller = await api.SignUpAsync("businessman");
        var cordobaColombia = await seller.CreateAdIdAsync(("region", "CO-COR"));
        var antioquia = await seller.CreateAdIdAsync(("region", "CO-ANT"));
        var cordobaArgentina = await seller.CreateAdIdAsync(("region", "AR-X"));
        using var anonymous = api.Anonymous();

        async Task<List<long>> IdsAsync(string region) =>
            [.. (await anonymous.GetJsonAsync($"{AdBodies.Ads}?seller={seller.Id}&region={region}")).GetProperty("results").EnumerateArray().Select(a => a.GetProperty("id").GetInt64())];

        Assert.Equal([cordobaColombia], await IdsAsync("co-cor"));
        Assert.Equal([antioquia, cordobaColombia], await IdsAsync("CO"));
        Assert.Equal([cordobaArgentina], await IdsAsync("AR"));
        Assert.Empty(await IdsAsync("MX"));
    }

    [Fact]
    public async Task An_address_names_a_division_of_its_country_and_answers_code_and_name()
    {
        var buyer = await api.SignUpAsync();
        buyer.Client.InLanguage("en");

        var address = await buyer.AddAddressAsync(("region", "co-cor"), ("country", "co"));
        using var elsewhere = await buyer.Client.PostAsJsonAsync(AddressBodies.Addresses, AddressBodies.Valid(("region", "AR-X"), ("country", "CO")), Ct);
        var abroad = await buyer.AddAddressAsync(("region", "Texas"), ("country", "US"));

        Assert.Equal(("CO-COR", "Córdoba"), (address.GetProperty("region").GetString(), address.GetProperty("region_name").GetString()));
        Assert.Equal(["AR-X is not a region of Colombia. Choose one of Colombia's regions from the list: GET /api/regions/, or change the country."], await elsewhere.ShouldHaveFieldErrorAsync("region"));
        Assert.Equal(("Texas", "Texas"), (abroad.GetProperty("region").GetString(), abroad.GetProperty("region_name").GetString()));
    }
}
