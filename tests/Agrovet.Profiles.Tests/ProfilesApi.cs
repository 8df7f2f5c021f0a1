namespace Agrovet.Profiles.Tests;

/// <summary>Paths and requests of the profiles API.</summary>
public static class ProfilesApi
{
    public const string Specialists = "/api/profiles/specialists/";
    public const string Businessmen = "/api/profiles/businessmen/";
    public const string Consumers = "/api/profiles/consumers/";

    public static string PathOf(string role) => role switch
    {
        "specialist" => Specialists,
        "businessman" => Businessmen,
        _ => Consumers,
    };

    /// <summary>A valid create body for the kind of <paramref name="role"/>, with <paramref name="extra"/> fields added or replaced.</summary>
    public static Dictionary<string, object?> Body(string role, params (string Field, object? Value)[] extra)
    {
        var body = new Dictionary<string, object?> { ["display_name"] = "Dr. " + Guid.NewGuid().ToString("N")[..6], ["bio"] = "Twenty years with cattle.", ["region"] = "CO-ANT" };
        switch (role)
        {
            case "specialist":
                body["specialty"] = "veterinary";
                body["license_number"] = "VET-1234";
                body["regions_served"] = new[] { "CO-ANT", "CO-CAL" };
                break;
            case "businessman":
                body["company"] = "Agro Supplies S.A.S.";
                body["tax_id"] = "900123456-7";
                break;
            default:
                body["farm_type"] = "dairy";
                body["herd_size"] = 40;
                break;
        }

        foreach (var (field, value) in extra)
        {
            body[field] = value;
        }

        return body;
    }

    /// <summary>Creates <paramref name="user"/>'s profile of their role's kind and returns it.</summary>
    public static async Task<JsonElement> CreateAsync(this HttpClient client, string role, params (string Field, object? Value)[] extra)
    {
        using var response = await client.PostAsJsonAsync(PathOf(role), Body(role, extra), Ct);
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    public static long Id(this JsonElement profile) => profile.GetProperty("id").GetInt64();
}
