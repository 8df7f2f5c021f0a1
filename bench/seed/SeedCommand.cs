using System.Globalization;
using Npgsql;

namespace Agrovet.Bench.Seed;

/// <summary>The seeder's command line (a class of its own, not top-level statements, so tests can reference this assembly).</summary>
internal static class SeedCommand
{
    public static async Task<int> Main(string[] args)
    {
        // dotnet Agrovet.Bench.Seed.dll ads --connection="Host=...;Database=marketplace_db;..." --count=50000 --seller-id=7
        //   --seller-username=bench [--sellers=1] [--seed=20261123]   → one JSON line with the ids written.
        var options = args.Skip(1)
            .Select(a => a.TrimStart('-').Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.Ordinal);
        if (args.FirstOrDefault() != "ads" || !options.TryGetValue("connection", out var connectionString)
            || !options.TryGetValue("seller-id", out var sellerId) || !options.TryGetValue("seller-username", out var sellerUsername))
        {
            await Console.Error.WriteLineAsync(
                "Usage: Agrovet.Bench.Seed ads --connection=<marketplace_db connection string> --count=50000 --seller-id=<id> --seller-username=<name> [--sellers=1] [--seed=N]");
            return 2;
        }

        static int Number(Dictionary<string, string> options, string name, int fallback) => options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var seeded = await AdSeeder.SeedAsync(
            connection,
            new SeedAdsOptions(Number(options, "count", 50_000), long.Parse(sellerId, CultureInfo.InvariantCulture), sellerUsername, Number(options, "sellers", 1), Number(options, "seed", 20261123)),
            DateTime.UtcNow,
            CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"count\":{seeded.Count},\"first_id\":{seeded.FirstId},\"last_id\":{seeded.LastId},\"stock_ad_id\":{seeded.StockAdId}}}"));
        return 0;
    }
}
