namespace Agrovet.Marketplace.Tests.Support;

/// <summary>Request bodies for ads: a valid one, with any field replaced or removed.</summary>
public static class AdBodies
{
    public const string Ads = "/api/adds/";
    public const string Orders = "/api/orders/";

    public static Dictionary<string, object?> Valid(params (string Field, object? Value)[] overrides)
    {
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Vaca Holstein lechera",
            ["description"] = "Vaca de tercera lactancia, sana y vacunada.",
            ["price"] = "1250.50",
            ["currency"] = "USD",
            ["stock"] = 5,
            ["category"] = "livestock/cattle",
            ["region"] = "CO-COR",
            ["media_ids"] = Array.Empty<Guid>(),
        };
        foreach (var (field, value) in overrides)
        {
            body[field] = value;
        }

        return body;
    }

    public static Dictionary<string, object?> Without(string field)
    {
        var body = Valid();
        body.Remove(field);
        return body;
    }

    public static string Ad(long id) => $"{Ads}{id}/";

    public static string Purchase(long id) => $"{Ads}{id}/purchase/";

    public static string Order(long id) => $"{Orders}{id}/";
}
