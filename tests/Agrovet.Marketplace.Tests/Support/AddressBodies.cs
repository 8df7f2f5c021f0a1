using Bogus;

namespace Agrovet.Marketplace.Tests.Support;

/// <summary>Delivery address bodies (Spanish-speaking fake data) and the calls that keep them.</summary>
public static class AddressBodies
{
    public const string Addresses = "/api/orders/addresses/";

    private static readonly Faker Faker = new("es_MX");

    public static string Address(long id) => $"{Addresses}{id}/";

    public static Dictionary<string, object?> Valid(params (string Field, object? Value)[] overrides)
    {
        var body = new Dictionary<string, object?>
        {
            ["label"] = "Finca",
            ["recipient_name"] = Faker.Name.FullName(),
            ["phone"] = "+57 300 555 0101",
            ["line1"] = Faker.Address.StreetAddress(),
            ["line2"] = "Vereda El Carmen",
            ["city"] = "Montería",
            ["region"] = "CO-COR",
            ["country"] = "CO",
            ["postal_code"] = "230001",
            ["instructions"] = "Entrar por la portada azul.",
        };
        foreach (var (field, value) in overrides)
        {
            body[field] = value;
        }

        return body;
    }

    public static async Task<JsonElement> AddAddressAsync(this SignedInUser user, params (string Field, object? Value)[] overrides)
    {
        using var response = await user.Client.PostAsJsonAsync(Addresses, Valid(overrides), Ct);
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }
}
