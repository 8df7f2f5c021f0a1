using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Agrovet.AppHost.Platform;
using Agrovet.ServiceDefaults.Configuration;
using Bogus;

namespace Agrovet.AppHost.Seeding;

/// <summary>
/// <c>./agrovet seed</c>: demo accounts of every self-service role, registered through the running auth service's
/// public API (so they are made exactly as a person would make them). Repeatable: the same people every time.
/// </summary>
public static class DemoSeeder
{
    public const string DemoPassword = "Agrovet-demo-2026";
    private static readonly string[] Roles = ["consumer", "specialist", "businessman"];

    public static async Task<int> RunAsync(PlatformOptions options, string[] args)
    {
        var perRole = args.Length >= 2 && args[0] == "--per-role" && int.TryParse(args[1], out var n) && n > 0 ? n : 4;
        var auth = new Uri($"http://127.0.0.1:{options.PortOf(ServiceCatalog.Get("auth"))}");
        using var http = new HttpClient { BaseAddress = auth, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            ready.EnsureSuccessStatusCode();
        }
        catch (HttpRequestException)
        {
            Console.Error.WriteLine($"✗ The auth service does not answer at {auth}. Start the platform first: ./agrovet up");
            return 1;
        }

        Randomizer.Seed = new Random(2026);
        var faker = new Faker("es");
        var created = 0;
        var existing = 0;
        Console.WriteLine($"{"username",-24} {"role",-12} email");
        foreach (var role in Roles)
        {
            for (var i = 0; i < perRole; i++)
            {
                var first = faker.Name.FirstName();
                var last = faker.Name.LastName();
                var username = faker.Internet.UserName(first, last).ToLowerInvariant().Replace('.', '_');
                var email = faker.Internet.Email(first, last, "demo.agrovet.local").ToLowerInvariant();
                var body = new Dictionary<string, string> { ["username"] = username, ["email"] = email, ["password"] = DemoPassword, ["role"] = role };
                using var response = await http.PostAsJsonAsync(new Uri("/api/auth/register/", UriKind.Relative), body);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    created++;
                }
                else if (response.StatusCode == HttpStatusCode.BadRequest)
                {
                    existing++;
                }
                else
                {
                    Console.Error.WriteLine($"✗ registering {username} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    return 1;
                }

                Console.WriteLine($"{username,-24} {role,-12} {email}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"✓ {created} demo users created, {existing} already there. Their password: {DemoPassword}. The admin is 'admin' (see .agrovet/secrets.json)."));
        return 0;
    }
}
