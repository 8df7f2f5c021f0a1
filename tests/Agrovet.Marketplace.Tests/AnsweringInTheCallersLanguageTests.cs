namespace Agrovet.Marketplace.Tests;

/// <summary>
/// Problems are written in the caller's language: Spanish for <c>Accept-Language: es-*</c> and for a request without
/// the header (the product's first language), English for <c>en-*</c>. Statuses are named as people read them, and a
/// value of the wrong type is named by its JSON field, never with the serializer's developer text.
/// </summary>
public sealed class AnsweringInTheCallersLanguageTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Theory]
    [InlineData("es-CO", "El campo «stock» debe ser un número entero.")]
    [InlineData(null, "El campo «stock» debe ser un número entero.")]
    [InlineData("en-US", "The field 'stock' must be a whole number.")]
    public async Task A_stock_that_is_not_a_number_is_explained_in_the_callers_language(string? acceptLanguage, string expected)
    {
        var seller = await api.SignUpAsync("businessman");
        seller.Client.InLanguage(acceptLanguage);

        using var response = await seller.Client.PostAsJsonAsync(AdBodies.Ads, AdBodies.Valid(("stock", "five")), Ct);

        Assert.Equal([expected], await response.ShouldHaveFieldErrorAsync("stock"));
    }

    [Theory]
    [InlineData("es", "El precio máximo (max_price) no puede ser menor que el mínimo (min_price).", "Datos no válidos")]
    [InlineData(null, "El precio máximo (max_price) no puede ser menor que el mínimo (min_price).", "Datos no válidos")]
    [InlineData("en", "Ensure max_price is not below min_price.", "Invalid input")]
    public async Task A_search_with_prices_the_wrong_way_round_is_explained_in_the_callers_language(string? acceptLanguage, string expected, string title)
    {
        using var anonymous = api.Anonymous().InLanguage(acceptLanguage);

        using var response = await anonymous.GetAsync($"{AdBodies.Ads}?min_price=200&max_price=100", Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal([expected], problem.FieldErrors("max_price"));
    }

    [Theory]
    [InlineData("es", "El pedido {0} está enviado; una vez enviado ya no se puede cancelar. Si nunca llega, pida ayuda a un administrador.")]
    [InlineData("en", "Order {0} is shipped; once shipped it can no longer be cancelled. If it never arrives, ask an administrator.")]
    public async Task A_buyer_cancelling_a_shipped_order_is_told_why_not_in_their_language(string acceptLanguage, string expected)
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var order = (await buyer.BuyAsync(await seller.CreateAdIdAsync())).GetProperty("id").GetInt64();
        using (var shipped = await seller.Client.PostAsync($"{AdBodies.Order(order)}ship/", null, Ct))
        {
            await shipped.ShouldBeAsync(HttpStatusCode.OK);
        }

        buyer.Client.InLanguage(acceptLanguage);
        using var response = await buyer.Client.PostAsync($"{AdBodies.Order(order)}cancel/", null, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, order), problem.GetProperty("detail").GetString());
    }
}
