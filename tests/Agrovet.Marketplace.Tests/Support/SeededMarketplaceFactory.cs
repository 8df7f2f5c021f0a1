using Agrovet.Bench.Seed;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Agrovet.Marketplace.Tests.Support;

/// <summary>
/// A marketplace whose table holds a few thousand ads of 50 sellers (seeded by the load benchmarks' seeder,
/// <c>bench/seed</c>, then some withdrawn), analyzed, and whose SQL is recorded so tests can EXPLAIN what the endpoints run.
/// </summary>
public sealed class SeededMarketplaceFactory(MarketplacePlatformFixture auth) : MarketplaceApiFactory(auth)
{
    public const int SeededAds = 4000;
    public const long FirstSellerId = 900_000;

    protected override bool RecordsCommands => true;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = await Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await AdSeeder.SeedAsync(connection, new SeedAdsOptions(SeededAds, FirstSellerId, "seeded", Sellers: 50), DateTime.UtcNow, CancellationToken.None);
        await using (var withdraw = new NpgsqlCommand("UPDATE adds SET status = 'withdrawn' WHERE id % 40 = 0", connection))
        {
            await withdraw.ExecuteNonQueryAsync();
        }

        // VACUUM marks pages all-visible only once no open snapshot predates their rows (the service's own relay and
        // consumer query all the time), and index-only scans are planned from that; so vacuum until it has.
        await Poll.UntilAsync(
            async () =>
            {
                await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE adds", connection);
                await vacuum.ExecuteNonQueryAsync();
                await using var visible = new NpgsqlCommand("SELECT relallvisible >= relpages FROM pg_class WHERE relname = 'adds'", connection);
                return (bool)(await visible.ExecuteScalarAsync())!;
            },
            TimeSpan.FromSeconds(30),
            "VACUUM to mark the seeded pages all-visible");
    }
}
