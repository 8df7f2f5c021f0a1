namespace Agrovet.Marketplace.Tests;

/// <summary>Buying with a delivery (pick-up or an address of the buyer's) and a payment method, recorded on the order.</summary>
public sealed class CheckoutTests(MarketplaceApiFactory api) : IClassFixture<MarketplaceApiFactory>
{
    [Fact]
    public async Task A_delivery_copies_the_buyers_address_onto_the_order_for_the_seller_to_see()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var address = await buyer.AddAddressAsync(("recipient_name", "Marta Gómez"), ("phone", "+57 311 222 3344"));
        var addressId = address.GetProperty("id").GetInt64();
        var id = await seller.CreateAdIdAsync();

        using var response = await buyer.PurchaseAsync(
            id, new { quantity = 2, delivery_method = "delivery", address_id = addressId, payment_method = "cash_on_delivery" }, Guid.NewGuid().ToString());
        var order = await response.ShouldBeAsync(HttpStatusCode.Created);
        using (var edited = await buyer.Client.PutAsJsonAsync(AddressBodies.Address(addressId), AddressBodies.Valid(("city", "Lorica")), Ct))
        {
            await edited.ShouldBeAsync(HttpStatusCode.OK);
        }

        var seen = await seller.Client.GetJsonAsync(AdBodies.Order(order.GetProperty("id").GetInt64()));
        var delivery = seen.GetProperty("delivery");
        Assert.Equal("delivery", delivery.GetProperty("method").GetString());
        Assert.Equal("Marta Gómez", delivery.GetProperty("address").GetProperty("recipient_name").GetString());
        Assert.Equal("Montería", delivery.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal("cash_on_delivery", seen.GetProperty("payment_method").GetString());
        Assert.Equal("+57 311 222 3344", seen.GetProperty("contact_phone").GetString());
    }

    [Fact]
    public async Task A_pick_up_has_no_address_and_an_order_without_choices_is_a_pick_up_paid_as_agreed()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync();

        using var pickup = await buyer.PurchaseAsync(
            id, new { quantity = 1, delivery_method = "pickup", payment_method = "bank_transfer", contact_phone = "3005550101" }, Guid.NewGuid().ToString());
        var picked = await pickup.ShouldBeAsync(HttpStatusCode.Created);
        var plain = await buyer.BuyAsync(id);

        Assert.Equal(JsonValueKind.Null, picked.GetProperty("delivery").GetProperty("address").ValueKind);
        Assert.Equal(("pickup", "bank_transfer", "3005550101"), (picked.GetProperty("delivery").GetProperty("method").GetString(), picked.GetProperty("payment_method").GetString(), picked.GetProperty("contact_phone").GetString()));
        Assert.Equal(("pickup", "agreed"), (plain.GetProperty("delivery").GetProperty("method").GetString(), plain.GetProperty("payment_method").GetString()));
    }

    [Fact]
    public async Task A_retry_with_the_same_key_and_checkout_answers_the_same_order_and_another_checkout_is_a_422()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var addressId = (await buyer.AddAddressAsync()).GetProperty("id").GetInt64();
        var id = await seller.CreateAdIdAsync(("stock", 5));
        var key = Guid.NewGuid().ToString();
        var body = new { quantity = 1, delivery_method = "delivery", address_id = addressId, payment_method = "bank_transfer" };

        using var first = await buyer.PurchaseAsync(id, body, key);
        using var retry = await buyer.PurchaseAsync(id, body, key);
        using var otherPayment = await buyer.PurchaseAsync(id, body with { payment_method = "cash_on_delivery" }, key);

        var placed = await first.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(placed.GetProperty("id").GetInt64(), (await retry.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64());
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        await otherPayment.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(4, (await buyer.Client.GetJsonAsync(AdBodies.Ad(id))).GetProperty("stock").GetInt32());
    }

    [Fact]
    public async Task Delivering_to_someone_elses_or_an_unknown_address_is_refused_and_takes_no_stock()
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var other = await api.SignUpAsync();
        var theirs = (await other.AddAddressAsync()).GetProperty("id").GetInt64();
        var id = await seller.CreateAdIdAsync(("stock", 3));

        using var foreign = await buyer.PurchaseAsync(id, new { quantity = 1, delivery_method = "delivery", address_id = theirs }, Guid.NewGuid().ToString());
        using var unknown = await buyer.PurchaseAsync(id, new { quantity = 1, delivery_method = "delivery", address_id = 987_654_321 }, Guid.NewGuid().ToString());
        using var missing = await buyer.PurchaseAsync(id, new { quantity = 1, delivery_method = "delivery" }, Guid.NewGuid().ToString());

        await foreign.ShouldHaveFieldErrorAsync("address_id");
        await unknown.ShouldHaveFieldErrorAsync("address_id");
        await missing.ShouldHaveFieldErrorAsync("address_id");
        Assert.Equal(3, (await buyer.Client.GetJsonAsync(AdBodies.Ad(id))).GetProperty("stock").GetInt32());
        Assert.Equal(0, (await buyer.Client.GetJsonAsync(AdBodies.Orders)).GetProperty("count").GetInt64());
    }

    [Theory]
    [InlineData("delivery_method", "courier")]
    [InlineData("payment_method", "card")]
    [InlineData("contact_phone", "llámame")]
    [InlineData("address_id", 1)]
    public async Task A_bad_checkout_choice_is_named(string field, object value)
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync();
        var body = new Dictionary<string, object?> { ["quantity"] = 1, [field] = value };

        using var response = await buyer.PurchaseAsync(id, body, Guid.NewGuid().ToString());

        Assert.NotEmpty(await response.ShouldHaveFieldErrorAsync(field));
    }

    [Theory]
    [InlineData("es", "Use uno de estos valores: cash_on_delivery, bank_transfer, agreed.")]
    [InlineData("en", "Use one of: cash_on_delivery, bank_transfer, agreed.")]
    public async Task An_unknown_payment_method_is_explained_in_the_callers_language(string language, string expected)
    {
        var seller = await api.SignUpAsync("businessman");
        var buyer = await api.SignUpAsync();
        var id = await seller.CreateAdIdAsync();
        buyer.Client.InLanguage(language);

        using var response = await buyer.PurchaseAsync(id, new { quantity = 1, payment_method = "card" }, Guid.NewGuid().ToString());

        Assert.Equal([expected], await response.ShouldHaveFieldErrorAsync("payment_method"));
    }
}
