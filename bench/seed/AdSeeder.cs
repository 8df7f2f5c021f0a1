using System.Globalization;
using Agrovet.Marketplace.Ads;
using Agrovet.Regions;
using Npgsql;
using NpgsqlTypes;

namespace Agrovet.Bench.Seed;

/// <summary>
/// Writes made-up ads straight into the marketplace's <c>adds</c> table with binary COPY (the database computes the
/// listing and search columns), plus one ad of the first seller with a billion units for purchase load, then VACUUM
/// ANALYZEs. For load benchmarks (bench/marketplace.sh) and the query-plan tests; never part of the service.
/// </summary>
public static class AdSeeder
{
    public static async Task<SeededAds> SeedAsync(NpgsqlConnection connection, SeedAdsOptions options, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        var count = options.Count;
        var sellers = Math.Max(1, options.Sellers);
        var sellerId = options.FirstSellerId;
        var sellerUsername = options.SellerUsername;
        var random = new Random(options.Seed);

        long before;
        await using (var command = new NpgsqlCommand("SELECT coalesce(max(id), 0) FROM adds", connection))
        {
            before = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY adds (seller_id, seller_username, seller_active, title, description, price, currency, stock, category, region, region_code, media_ids, status, created_at, updated_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                var (category, nouns) = AdCatalog.Products[random.Next(AdCatalog.Products.Count)];
                var noun = nouns[random.Next(nouns.Length)];
                var qualifier = AdCatalog.Qualifiers[random.Next(AdCatalog.Qualifiers.Length)];
                var region = RegionCatalog.FindDivision(AdCatalog.Regions[random.Next(AdCatalog.Regions.Length)])!;
                var title = $"{char.ToUpperInvariant(noun[0])}{noun[1..]}, {qualifier}";
                var description = string.Join(' ', Enumerable.Range(0, 3).Select(_ => AdCatalog.Sentences[random.Next(AdCatalog.Sentences.Length)]))
                    + $" Lote {i.ToString(CultureInfo.InvariantCulture)} en {region.Name}.";
                var stock = random.Next(10) == 0 ? 0 : random.Next(1, 500);
                var created = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
                var seller = i % sellers;
                await WriteAsync(importer, sellerId + seller, seller == 0 ? sellerUsername : $"{sellerUsername}_{seller}", title, description,
                    Math.Round((decimal)(random.NextDouble() * 5000) + 1, 2), AdCatalog.Currencies[random.Next(AdCatalog.Currencies.Length)],
                    stock, category, region, created, cancellationToken);
            }

            await WriteAsync(importer, sellerId, sellerUsername, "Balanceado lechero a granel, bench stock", "Ad with a very large stock for purchase load tests.",
                100m, "USD", 1_000_000_000, "feed/concentrates", RegionCatalog.FindDivision("AR-B")!, now, cancellationToken);
            await importer.CompleteAsync(cancellationToken);
        }

        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE adds", connection))
        {
            analyze.CommandTimeout = 600;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        long firstId, lastId;
        await using (var command = new NpgsqlCommand("SELECT min(id), max(id) FROM adds WHERE id > $1", connection) { Parameters = { new() { Value = before } } })
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (firstId, lastId) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        // The big-stock ad is written last, so it has the highest id.
        return new SeededAds(count, firstId, lastId - 1, lastId);
    }

    private static async Task WriteAsync(
        NpgsqlBinaryImporter importer, long sellerId, string sellerUsername, string title, string description, decimal price, string currency,
        int stock, string category, Division region, DateTime created, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteAsync(sellerId, NpgsqlDbType.Bigint, cancellationToken);
        await importer.WriteAsync(sellerUsername, NpgsqlDbType.Varchar, cancellationToken);
        await importer.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
        await importer.WriteAsync(title, NpgsqlDbType.Varchar, cancellationToken);
        await importer.WriteAsync(description, NpgsqlDbType.Varchar, cancellationToken);
        await importer.WriteAsync(price, NpgsqlDbType.Numeric, cancellationToken);
        await importer.WriteAsync(currency, NpgsqlDbType.Varchar, cancellationToken);
        await importer.WriteAsync(stock, NpgsqlDbType.Integer, cancellationToken);
        await importer.WriteAsync(category, NpgsqlDbType.Varchar, cancellationToken);
        await importer.WriteAsync(region.Name, NpgsqlDbType.Varchar, cancellationToken);
        await importer.WriteAsync(region.Code, NpgsqlDbType.Varchar, cancellationToken);
        await importer.WriteAsync(Array.Empty<Guid>(), NpgsqlDbType.Array | NpgsqlDbType.Uuid, cancellationToken);
        await importer.WriteAsync(AdStatus.ForStock(stock), NpgsqlDbType.Varchar, cancellationToken);
        await importer.WriteAsync(created, NpgsqlDbType.TimestampTz, cancellationToken);
        await importer.WriteAsync(created, NpgsqlDbType.TimestampTz, cancellationToken);
    }
}
