using System.Text;
using Agrovet.Testing.QueryPlans;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Agrovet.Marketplace.Tests;

/// <summary>
/// Every listing shape is answered from an index: the SQL each endpoint actually sends (count and page) is EXPLAINed
/// against a seeded, analyzed table, and no plan may read <c>adds</c> with a sequential scan.
/// </summary>
public sealed class QueryPlanTests(SeededMarketplaceFactory api) : IClassFixture<SeededMarketplaceFactory>
{
    public static TheoryData<string, string> PublicShapes => new()
    {
        { "newest first (default)", "/api/adds/" },
        { "a later page", "/api/adds/?page=40" },
        { "top-level category (with sub-categories)", "/api/adds/?category=veterinary" },
        { "sub-category", "/api/adds/?category=veterinary/vaccines" },
        { "region", "/api/adds/?region=CO-COR" },
        { "price range, cheapest first", "/api/adds/?min_price=100&max_price=250&sort=price" },
        { "most expensive first", "/api/adds/?sort=-price" },
        { "in stock only", "/api/adds/?in_stock=true" },
        { "category, in stock, by price", "/api/adds/?category=feed&in_stock=true&sort=price" },
        { "full-text search, by relevance", "/api/adds/?q=vacuna" },
        { "full-text search in a category", "/api/adds/?q=tractor&category=machinery" },
        { "full-text search, newest first", "/api/adds/?q=semilla&sort=newest" },
        { "one seller's listed ads", $"/api/adds/?seller={SeededMarketplaceFactory.FirstSellerId + 7}" },
    };

    public static TheoryData<string, string> AdminShapes => new()
    {
        { "admin: every ad", "/api/adds/" },
        { "admin: withdrawn ads", "/api/adds/?status=withdrawn" },
        { "admin: a seller's ads, every status", $"/api/adds/?seller={SeededMarketplaceFactory.FirstSellerId + 3}" },
    };

    [Theory]
    [MemberData(nameof(PublicShapes))]
    public async Task Public_listings_are_served_by_indexes(string shape, string path)
    {
        using var client = api.Anonymous();
        await AssertNoSequentialScanAsync(shape, client, path);
    }

    [Theory]
    [MemberData(nameof(AdminShapes))]
    public async Task Admin_listings_are_served_by_indexes(string shape, string path)
    {
        var admin = await api.SignInAdminAsync();
        await AssertNoSequentialScanAsync(shape, admin.Client, path);
    }

    [Fact]
    public async Task A_sellers_own_listing_and_an_ad_detail_are_served_by_indexes()
    {
        var seller = await api.SignUpAsync("businessman");
        var id = await seller.CreateAdIdAsync();

        await AssertNoSequentialScanAsync("a seller's own ads, every status", seller.Client, $"/api/adds/?seller={seller.Id}");
        await AssertNoSequentialScanAsync("ad detail (cache miss)", seller.Client, AdBodies.Ad(id));
    }

    private async Task AssertNoSequentialScanAsync(string shape, HttpClient client, string path)
    {
        api.Recorder.Clear();
        using (var response = await client.GetAsync(path, Ct))
        {
            await response.ShouldBeAsync(HttpStatusCode.OK);
        }

        var queries = api.Recorder.Commands.Where(c => c.Sql.Contains("FROM adds", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(queries);
        var report = new StringBuilder($"### {shape}: GET {path}\n");
        await using var connection = await api.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        foreach (var query in queries)
        {
            var plan = await QueryPlan.ExplainAsync(connection, query, Ct);
            report.Append("```sql\n").Append(query.Sql).Append("\n```\n```\n").Append(plan).Append("\n```\n");
            Assert.False(plan.Contains("Seq Scan on adds", StringComparison.Ordinal), $"{shape} reads adds sequentially:\n{query.Sql}\n{plan}\n{await StatsAsync(connection)}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
    }

    private static async Task<string> StatsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT relpages, reltuples, relallvisible, (SELECT count(*) FROM adds), (SELECT n_dead_tup FROM pg_stat_user_tables WHERE relname = 'adds'), (SELECT last_autoanalyze FROM pg_stat_user_tables WHERE relname = 'adds'), (SELECT last_autovacuum FROM pg_stat_user_tables WHERE relname = 'adds') FROM pg_class WHERE relname = 'adds'", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        await reader.ReadAsync(Ct);
        return string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={reader.GetValue(i)}"));
    }
}
