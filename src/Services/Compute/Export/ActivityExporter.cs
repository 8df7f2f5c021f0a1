using System.IO.Hashing;
using System.Text;
using Agrovet.Compute.Datasets;
using Agrovet.Compute.Engine.Datasets;
using Microsoft.Extensions.Options;

namespace Agrovet.Compute.Export;

/// <summary>
/// Rebuilds each activity dataset from its records every Compute:Export:Interval when it has new ones: every record is
/// placed near its region's centre (spread over a small disc, the same spot for the same record every time, so points
/// of one region do not pile onto one pixel), written as a dataset aside and swapped in while readers finish on the old.
/// </summary>
public sealed class ActivityExporter(ActivityStore records, DatasetStore datasets, IOptions<ComputeOptions> options, TimeProvider time,
    ILogger<ActivityExporter> logger) : BackgroundService
{
    /// <summary>Radius of the disc a region's points are spread over, in degrees (a country's is wider).</summary>
    public const double RegionSpread = 0.35;
    public const double CountrySpread = 1.5;

    private readonly Dictionary<string, long> _exported = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _running = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Export;
        try
        {
            await Task.Delay(settings.InitialDelay, time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await ExportAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Exporting the platform's activity into datasets failed; trying again in {Interval}", settings.Interval);
                }
                await Task.Delay(settings.Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Rebuilds every activity dataset that has records it does not hold yet; returns how many were rebuilt.</summary>
    public async Task<int> ExportAsync(CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            var rebuilt = 0;
            foreach (var dataset in ActivityDatasets.All)
            {
                var (version, all) = await records.ReadAsync(dataset);
                if (version == 0 || (_exported.TryGetValue(dataset.Name, out var done) && done == version))
                {
                    continue;
                }
                if (all.Any(entry => entry.Record is { Region: null, Author: not null }))
                {
                    all = await WithAuthorRegionsAsync(all);
                }
                var rows = Place(dataset, all, out var unplaced);
                if (rows.Count > 0)
                {
                    await Task.Run(() => datasets.Replace(dataset.Name, folder => DatasetWriter.Write(folder, Describe(dataset), new ArrayObservationSource(rows),
                        sampleEvery: rows.Count >= 1_000_000 ? DatasetWriter.DefaultSampleEvery : 0, sortBounds: GeoBounds.LatinAmerica)), cancellationToken);
                    rebuilt++;
                }
                _exported[dataset.Name] = version;
                logger.LogInformation("Exported {Dataset}: {Rows} points, {Unplaced} records without a known region", dataset.Name, rows.Count, unplaced);
            }
            return rebuilt;
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>The records as points, in key order (the same records give the same bytes); those without a known region left out.</summary>
    public static List<Observation> Place(ActivityDataset dataset, IReadOnlyList<(string Key, ActivityRecord Record)> all, out int unplaced)
    {
        var rows = new List<Observation>(all.Count);
        unplaced = 0;
        foreach (var (key, record) in all.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (RegionCentroids.Find(record.Region, record.Currency) is not { } place)
            {
                unplaced++;
                continue;
            }
            var (dx, dy) = Jitter(key, place.IsCountry ? CountrySpread : RegionSpread);
            var code = Math.Max(0, IndexOf(dataset.Categories, record.Category));
            rows.Add(new Observation((float)(place.Longitude + dx), (float)(place.Latitude + dy), (float)record.Value, (ushort)code,
                (uint)Math.Clamp(record.Time, 0, uint.MaxValue)));
        }
        return rows;
    }

    private async Task<IReadOnlyList<(string Key, ActivityRecord Record)>> WithAuthorRegionsAsync(IReadOnlyList<(string Key, ActivityRecord Record)> all)
    {
        var regions = await records.ReadAuthorRegionsAsync();
        return [.. all.Select(entry => entry.Record is { Region: null, Author: { } author } && regions.TryGetValue(author, out var region)
            ? (entry.Key, entry.Record with { Region = region })
            : entry)];
    }

    private static int IndexOf(IReadOnlyList<string> categories, string category)
    {
        for (var i = 0; i < categories.Count; i++)
        {
            if (string.Equals(categories[i], category, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return categories.Count - 1;
    }

    /// <summary>A point of a disc of radius <paramref name="radius"/>, evenly spread, fixed by the key.</summary>
    private static (double Dx, double Dy) Jitter(string key, double radius)
    {
        var hash = XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(key));
        var u = (double)(ulong)(hash >> 64) / ulong.MaxValue;
        var v = (double)(ulong)hash / ulong.MaxValue;
        var r = radius * Math.Sqrt(u);
        var angle = 2 * Math.PI * v;
        return (r * Math.Cos(angle), r * Math.Sin(angle));
    }

    private static DatasetDescription Describe(ActivityDataset dataset) => new()
    {
        Name = dataset.Name,
        Title = dataset.Title,
        Description = dataset.Description,
        Categories = dataset.Categories,
        CategoryColumn = dataset.CategoryColumn,
        ValueColumn = dataset.ValueColumn,
        ValueUnit = dataset.ValueUnit,
    };

    public override void Dispose()
    {
        _running.Dispose();
        base.Dispose();
    }
}
