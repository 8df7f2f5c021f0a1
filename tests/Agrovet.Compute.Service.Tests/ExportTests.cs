using Agrovet.Compute.Export;
using Agrovet.Contracts.Events;
using Agrovet.Contracts.Forum;
using Agrovet.Contracts.Marketplace;
using Agrovet.Contracts.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Agrovet.Compute.Service.Tests;

public sealed class ExportTests(ComputeApiFactory api) : IClassFixture<ComputeApiFactory>
{
    [Fact]
    public async Task Marketplace_sales_become_a_dataset_of_points_by_region_and_category_counted_once_each()
    {
        var member = await api.SignUpAsync();
        var now = DateTimeOffset.UtcNow;
        var adIds = new[] { Random.Shared.NextInt64(1, long.MaxValue / 2), Random.Shared.NextInt64(long.MaxValue / 2, long.MaxValue) };
        await PublishAsync(new AdCreated(adIds[0], 11, "Hybrid maize seed", 95m, "ARS", 40, "seeds/cereals", "Córdoba", now));
        await PublishAsync(new AdCreated(adIds[1], 12, "Dairy feed", 28.5m, "COP", 120, "feed", "Córdoba", now));
        var sales = new List<EventEnvelope>
        {
            Envelope(new AdSold(adIds[0], 1, 11, 21, 3, 95m, 285m, "ARS", 37)),
            Envelope(new AdSold(adIds[0], 2, 11, 22, 1, 95m, 95m, "ARS", 36)),
            Envelope(new AdSold(adIds[1], 3, 12, 23, 10, 28.5m, 285m, "COP", 110)),
        };
        foreach (var sale in sales)
        {
            await api.PublishAsync(Topics.MarketplaceEvents, sale);
        }
        // The same delivery again (a redelivery after a crash): recorded once.
        await api.PublishAsync(Topics.MarketplaceEvents, sales[0]);

        var exporter = api.Services.GetRequiredService<ActivityExporter>();
        var store = api.Services.GetRequiredService<ActivityStore>();
        await Poll.UntilAsync(async () => (await store.ReadAsync(ActivityDatasets.MarketplaceSales)).Records.Count == 3,
            ComputeApiFactory.Patience, "the three sales to be recorded", Ct);
        Assert.Equal(1, await exporter.ExportAsync(Ct));

        using var response = await member.Client.GetAsync("/compute/datasets/platform-sales/", Ct);
        var dataset = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(3, dataset.GetProperty("rows").GetInt64());
        Assert.Equal("units", dataset.GetProperty("value_column").GetString());
        var bounds = dataset.GetProperty("bounds");
        // Córdoba of Argentina (pesos) in the south, Córdoba of Colombia (pesos colombianos) in the north.
        Assert.InRange(bounds.GetProperty("min_lat").GetDouble(), -32.1 - 0.4, -32.1 + 0.4);
        Assert.InRange(bounds.GetProperty("max_lat").GetDouble(), 8.4 - 0.4, 8.4 + 0.4);

        using var seeds = await member.Client.GetAsync("/compute/inspect?dataset=platform-sales&agg=sum&width=1&height=1&x_range=-70,-60&y_range=-40,-25&categories=seeds&px=0&py=0", Ct);
        Assert.Equal(4, (await seeds.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("value").GetDouble());
        Assert.Equal(0, await exporter.ExportAsync(Ct));
    }

    [Fact]
    public async Task Forum_posts_and_comments_become_points_at_their_authors_regions_even_when_the_profile_comes_later()
    {
        var member = await api.SignUpAsync();
        var now = DateTimeOffset.UtcNow;
        var (antioquian, jaliscan, nowhere) = (Random.Shared.NextInt64(1, 1L << 40), Random.Shared.NextInt64(1L << 40, 1L << 50), Random.Shared.NextInt64(1L << 50, 1L << 60));
        await api.PublishAsync(Topics.ProfileEvents, Envelope(new ProfileCreated(1, "consumer", antioquian, "Finca La Esperanza", "Antioquia", null)));
        var post = Envelope(new PostCreated(7, 3, "ganaderia", antioquian, "¿Vacuna contra aftosa?", null, now));
        await api.PublishAsync(Topics.ForumEvents, post);
        await api.PublishAsync(Topics.ForumEvents, Envelope(new CommentAdded(70, 7, null, 3, jaliscan, antioquian, null, now)));
        await api.PublishAsync(Topics.ForumEvents, Envelope(new CommentAdded(71, 7, 70, 3, nowhere, antioquian, jaliscan, now)));
        // The commenter's profile arrives after the comment; a redelivered post is recorded once.
        await api.PublishAsync(Topics.ProfileEvents, Envelope(new ProfileCreated(2, "specialist", jaliscan, "Dra. Ramírez", "Jalisco", null)));
        await api.PublishAsync(Topics.ForumEvents, post);

        var exporter = api.Services.GetRequiredService<ActivityExporter>();
        var store = api.Services.GetRequiredService<ActivityStore>();
        await Poll.UntilAsync(async () => (await store.ReadAsync(ActivityDatasets.ForumActivity)).Records.Count == 3
                && (await store.ReadAuthorRegionsAsync()).ContainsKey(jaliscan),
            ComputeApiFactory.Patience, "the post, the two comments and both profiles to be recorded", Ct);
        Assert.Equal(1, await exporter.ExportAsync(Ct));

        using var response = await member.Client.GetAsync("/compute/datasets/platform-forum/", Ct);
        var dataset = await response.ShouldBeAsync(HttpStatusCode.OK);
        // The comment of the author without a profile has no place on the map.
        Assert.Equal(2, dataset.GetProperty("rows").GetInt64());
        using var antioquia = await member.Client.GetAsync("/compute/inspect?dataset=platform-forum&agg=count&width=1&height=1&x_range=-77,-74&y_range=5.5,8.5&categories=post&px=0&py=0", Ct);
        Assert.Equal(1, (await antioquia.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("value").GetDouble());
        using var jalisco = await member.Client.GetAsync("/compute/inspect?dataset=platform-forum&agg=count&width=1&height=1&x_range=-105,-102&y_range=19,22&categories=comment&px=0&py=0", Ct);
        Assert.Equal(1, (await jalisco.ShouldBeAsync(HttpStatusCode.OK)).GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task A_dataset_being_read_can_be_rebuilt_and_new_readers_get_the_new_version()
    {
        var member = await api.SignUpAsync();
        var store = api.Services.GetRequiredService<Datasets.DatasetStore>();
        using var before = store.Lease(SampleDatasets.AnimalHealth)!;

        store.Replace(SampleDatasets.AnimalHealth, folder => Engine.Generation.DatasetGenerator.Generate(
            Path.GetDirectoryName(folder)!, Engine.Generation.SyntheticDatasetKind.AnimalHealth, 50_000, seed: 7));
        using var after = store.Lease(SampleDatasets.AnimalHealth)!;
        using var response = await member.Client.GetAsync($"/compute/render.png?dataset={SampleDatasets.AnimalHealth}&width=64&height=64", Ct);

        Assert.NotEqual(before.Version, after.Version);
        Assert.Equal(7, after.Dataset.Manifest.Seed);
        Assert.Equal(Engine.Generation.DatasetGenerator.DefaultSeed, before.Dataset.Manifest.Seed);
        Assert.True(before.Dataset.Longitude.Descriptor.Max > 0 || before.Dataset.Rows == 50_000);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task PublishAsync<TEvent>(TEvent data)
        where TEvent : IIntegrationEvent<TEvent> => api.PublishAsync(Topics.MarketplaceEvents, Envelope(data));

    private static EventEnvelope Envelope<TEvent>(TEvent data)
        where TEvent : IIntegrationEvent<TEvent> => EventEnvelope.Create(data, "agrovet/marketplace", "1", DateTimeOffset.UtcNow, null);
}
