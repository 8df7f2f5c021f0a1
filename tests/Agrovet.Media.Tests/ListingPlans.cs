using System.Text;
using Agrovet.Testing.QueryPlans;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Agrovet.Media.Tests;

/// <summary>
/// Every shape of the file list is read through an index: the SQL the endpoint sends (count and page) is EXPLAINed
/// against a seeded, analyzed table of 20,000 files of 50 owners, and no plan may read <c>media_files</c> sequentially
/// (except the count of the whole table, which reads everything by nature).
/// </summary>
public sealed class ListingPlans(MediaApiFactory api) : IClassFixture<MediaApiFactory>, IAsyncLifetime
{
    private const long FirstOwner = 900_000;

    public static TheoryData<string> AdminShapes =>
    [
        "?page=40",
        "?ordering=created_at",
        "?ordering=size",
        "?ordering=-size",
        "?purpose=document",
        "?purpose=document&ordering=-size",
        $"?owner={FirstOwner + 7}",
        $"?owner={FirstOwner + 7}&ordering=size",
        $"?owner={FirstOwner + 7}&purpose=avatar&ordering=-created_at",
    ];

    public async ValueTask InitializeAsync()
    {
        await using var connection = await api.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        await using (var seed = new NpgsqlCommand(
            $"""
            INSERT INTO media_files (id, owner_id, content_type, size, width, height, purpose, is_public, original_name, storage_key, created_at)
            SELECT gen_random_uuid(), {FirstOwner} + g % 50, 'image/png', 1000 + (g * 7919) % 5000000, 10, 10,
                   (ARRAY['avatar', 'ad_photo', 'post_image', 'video', 'document', 'attachment'])[1 + (g / 7) % 6], true,
                   'seed-' || g || '.png', 'seed/' || g, now() - g * interval '1 minute'
            FROM generate_series(1, 20000) AS g
            WHERE NOT EXISTS (SELECT 1 FROM media_files WHERE owner_id = {FirstOwner})
            """,
            connection))
        {
            await seed.ExecuteNonQueryAsync(Ct);
        }

        // Index-only scans are planned only for pages VACUUM has marked all-visible, which waits for older snapshots.
        await Poll.UntilAsync(
            async () =>
            {
                await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE media_files", connection);
                await vacuum.ExecuteNonQueryAsync(Ct);
                await using var visible = new NpgsqlCommand("SELECT relallvisible >= relpages FROM pg_class WHERE relname = 'media_files'", connection);
                return (bool)(await visible.ExecuteScalarAsync(Ct))!;
            },
            TimeSpan.FromSeconds(30),
            "VACUUM to mark the seeded pages all-visible",
            Ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [MemberData(nameof(AdminShapes))]
    public async Task Admin_listings_are_read_through_indexes(string query)
    {
        using var admin = api.ClientFor(await api.SignInAdminAsync());
        await AssertReadThroughIndexesAsync(admin, query, wholeTableCount: !query.Contains("owner=", StringComparison.Ordinal) && !query.Contains("purpose=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_users_own_listing_is_read_through_indexes()
    {
        var user = await api.SignUpAsync();
        using var client = api.ClientFor(user);
        await client.UploadAsync(SampleFiles.Png(4, 4), "mine.png", "avatar");

        await AssertReadThroughIndexesAsync(client, "?ordering=-size", wholeTableCount: false);
        await AssertReadThroughIndexesAsync(client, "?purpose=avatar", wholeTableCount: false);
    }

    private async Task AssertReadThroughIndexesAsync(HttpClient client, string query, bool wholeTableCount)
    {
        api.Recorder.Clear();
        using (var response = await client.GetAsync("/api/media/" + query, Ct))
        {
            await response.ShouldBeAsync(HttpStatusCode.OK);
        }

        var queries = api.Recorder.Commands.Where(c => c.Sql.Contains("FROM media_files", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, queries.Count);
        var report = new StringBuilder($"### GET /api/media/{query}\n");
        await using var connection = await api.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        foreach (var command in queries)
        {
            var plan = await QueryPlan.ExplainAsync(connection, command, Ct);
            report.Append(command.Sql).Append('\n').Append(plan).Append("\n\n");
            var isWholeTableCount = wholeTableCount && command.Sql.Contains("count(*)", StringComparison.Ordinal);
            if (!isWholeTableCount)
            {
                Assert.False(plan.Contains("Seq Scan on media_files", StringComparison.Ordinal), $"GET /api/media/{query} reads media_files sequentially:\n{command.Sql}\n{plan}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
    }
}
