namespace Agrovet.Marketplace.Tests;

/// <summary>The delivery addresses a buyer keeps in their account: /api/orders/addresses/.</summary>
public sealed class AddressTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task A_buyer_keeps_changes_and_forgets_their_addresses()
    {
        var buyer = await api.SignUpAsync();
        var first = await buyer.AddAddressAsync(("label", "Casa"), ("country", "co"));
        var second = await buyer.AddAddressAsync(("label", "Finca"), ("line2", null));
        var id = first.GetProperty("id").GetInt64();

        Assert.Equal(("Casa", "CO", "Vereda El Carmen"), (first.GetProperty("label").GetString(), first.GetProperty("country").GetString(), first.GetProperty("line2").GetString()));
        Assert.Equal(string.Empty, second.GetProperty("line2").GetString());
        var listed = await buyer.Client.GetJsonAsync(AddressBodies.Addresses);
        Assert.Equal([second.GetProperty("id").GetInt64(), id], Ids(listed));

        using (var replaced = await buyer.Client.PutAsJsonAsync(AddressBodies.Address(id), AddressBodies.Valid(("city", "Cereté"), ("label", null)), Ct))
        {
            var body = await replaced.ShouldBeAsync(HttpStatusCode.OK);
            Assert.Equal(("Cereté", string.Empty), (body.GetProperty("city").GetString(), body.GetProperty("label").GetString()));
        }

        Assert.Equal("Cereté", (await buyer.Client.GetJsonAsync(AddressBodies.Address(id))).GetProperty("city").GetString());
        using (var deleted = await buyer.Client.DeleteAsync(AddressBodies.Address(id), Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var gone = await buyer.Client.GetAsync(AddressBodies.Address(id), Ct);
        await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([second.GetProperty("id").GetInt64()], Ids(await buyer.Client.GetJsonAsync(AddressBodies.Addresses)));
    }

    [Fact]
    public async Task Addresses_are_their_owners_alone_and_need_a_sign_in()
    {
        var owner = await api.SignUpAsync();
        var other = await api.SignUpAsync("businessman");
        var admin = await api.SignInAdminAsync();
        var id = (await owner.AddAddressAsync()).GetProperty("id").GetInt64();
        using var anonymous = api.Anonymous();

        foreach (var client in new[] { other.Client, admin.Client })
        {
            using var read = await client.GetAsync(AddressBodies.Address(id), Ct);
            using var replace = await client.PutAsJsonAsync(AddressBodies.Address(id), AddressBodies.Valid(), Ct);
            using var delete = await client.DeleteAsync(AddressBodies.Address(id), Ct);
            await read.ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await replace.ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await delete.ShouldBeProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal(0, (await client.GetJsonAsync(AddressBodies.Addresses)).GetProperty("count").GetInt64());
        }

        using var list = await anonymous.GetAsync(AddressBodies.Addresses, Ct);
        using var create = await anonymous.PostAsJsonAsync(AddressBodies.Addresses, AddressBodies.Valid(), Ct);
        using var one = await anonymous.GetAsync(AddressBodies.Address(id), Ct);
        await list.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await create.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await one.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(id, (await owner.Client.GetJsonAsync(AddressBodies.Address(id))).GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("recipient_name", null)]
    [InlineData("recipient_name", "   ")]
    [InlineData("phone", null)]
    [InlineData("phone", "12 34")]
    [InlineData("phone", "call me maybe")]
    [InlineData("phone", "300+5550101")]
    [InlineData("line1", "")]
    [InlineData("city", null)]
    [InlineData("region", null)]
    [InlineData("region", "Córdoba")]
    [InlineData("region", "MX-JAL")]
    [InlineData("country", null)]
    [InlineData("country", "Colombia")]
    [InlineData("country", "C1")]
    [InlineData("label", "Una etiqueta demasiado larga para una dirección de entrega, más de sesenta")]
    [InlineData("recipient_name", "Ana\u202EoíraM")]
    public async Task A_bad_address_field_is_named(string field, string? value)
    {
        var buyer = await api.SignUpAsync();

        using var created = await buyer.Client.PostAsJsonAsync(AddressBodies.Addresses, AddressBodies.Valid((field, value)), Ct);
        var id = (await buyer.AddAddressAsync()).GetProperty("id").GetInt64();
        using var replaced = await buyer.Client.PutAsJsonAsync(AddressBodies.Address(id), AddressBodies.Valid((field, value)), Ct);

        Assert.NotEmpty(await created.ShouldHaveFieldErrorAsync(field));
        Assert.NotEmpty(await replaced.ShouldHaveFieldErrorAsync(field));
    }

    [Theory]
    [InlineData("es", "Escriba un teléfono de al menos 7 dígitos (hasta 32 caracteres; se admiten espacios, guiones, puntos, paréntesis y un + inicial).")]
    [InlineData(null, "Escriba un teléfono de al menos 7 dígitos (hasta 32 caracteres; se admiten espacios, guiones, puntos, paréntesis y un + inicial).")]
    [InlineData("en", "Enter a phone number of at least 7 digits (up to 32 characters; spaces, dashes, dots, parentheses and a leading + are fine).")]
    public async Task A_bad_phone_is_explained_in_the_callers_language(string? language, string expected)
    {
        var buyer = await api.SignUpAsync();
        buyer.Client.InLanguage(language);

        using var response = await buyer.Client.PostAsJsonAsync(AddressBodies.Addresses, AddressBodies.Valid(("phone", "123")), Ct);

        Assert.Equal([expected], await response.ShouldHaveFieldErrorAsync("phone"));
    }

    [Theory]
    [InlineData("es", "No tiene ninguna dirección 987654321; vea las suyas en /api/orders/addresses/.")]
    [InlineData("en", "You have no address 987654321; list yours at /api/orders/addresses/.")]
    public async Task An_unknown_address_is_a_404_in_the_callers_language(string language, string expected)
    {
        var buyer = await api.SignUpAsync();
        buyer.Client.InLanguage(language);

        using var response = await buyer.Client.GetAsync(AddressBodies.Address(987_654_321), Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(expected, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_NUL_in_an_address_is_a_400_naming_the_field()
    {
        var buyer = await api.SignUpAsync();

        using var response = await buyer.Client.PostAsync(
            AddressBodies.Addresses, MarketplaceClient.Json("""{"recipient_name":"Ana\u0000","phone":"3005550101","line1":"Calle 1","city":"Montería","region":"CO-COR","country":"CO"}"""), Ct);

        Assert.NotEmpty(await response.ShouldHaveFieldErrorAsync("recipient_name"));
    }

    [Fact]
    public async Task An_account_keeps_at_most_twenty_addresses()
    {
        var buyer = await api.SignUpAsync();
        for (var i = 0; i < 20; i++)
        {
            await buyer.AddAddressAsync(("label", $"Lote {i}"));
        }

        using var response = await buyer.Client.PostAsJsonAsync(AddressBodies.Addresses, AddressBodies.Valid(), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(20, (await buyer.Client.GetJsonAsync(AddressBodies.Addresses + "?page_size=100")).GetProperty("count").GetInt64());
    }

    private static List<long> Ids(JsonElement page) => [.. page.GetProperty("results").EnumerateArray().Select(a => a.GetProperty("id").GetInt64())];
}
