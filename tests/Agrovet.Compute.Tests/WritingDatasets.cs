using System.Security.Cryptography;
using Agrovet.Compute.Engine.Generation;

namespace Agrovet.Compute.Tests;

/// <summary>Generated datasets are deterministic, Morton-ordered in blocks with true bounds, and carry a preview sample.</summary>
public sealed class WritingDatasets
{
    [Fact]
    public void The_same_seed_and_size_give_the_same_bytes()
    {
        using var folder = new TempFolder();
        DatasetGenerator.Generate(Path.Combine(folder.Path, "a"), SyntheticDatasetKind.CropYields, 30_000, seed: 7, blockSize: 4096);
        DatasetGenerator.Generate(Path.Combine(folder.Path, "b"), SyntheticDatasetKind.CropYields, 30_000, seed: 7, blockSize: 4096);
        var first = Directory.GetFiles(Path.Combine(folder.Path, "a"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var second = Directory.GetFiles(Path.Combine(folder.Path, "b"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.Equal(SHA256.HashData(File.ReadAllBytes(first[i])), SHA256.HashData(File.ReadAllBytes(second[i])));
        }
    }

    [Fact]
    public void Generated_rows_lie_in_Latin_America_and_every_block_knows_its_bounds()
    {
        using var folder = new TempFolder();
        var manifest = DatasetGenerator.Generate(folder.Path, SyntheticDatasetKind.AnimalHealth, 50_000, blockSize: 2048);
        using var dataset = Dataset.Open(Path.Combine(folder.Path, manifest.Name));
        Assert.Equal(50_000, dataset.Rows);
        Assert.Equal(25, dataset.BlockCount);
        Assert.InRange(dataset.Longitude.Descriptor.Min, GeoBounds.LatinAmerica.MinLongitude - 3, -100);
        Assert.InRange(dataset.Latitude.Descriptor.Max, 10, GeoBounds.LatinAmerica.MaxLatitude + 3);
        foreach (var column in dataset.Columns)
        {
            for (var block = 0; block < dataset.BlockCount; block++)
            {
                var stats = dataset.BlockStats(block, column);
                for (var row = dataset.BlockStart(block); row < dataset.BlockStart(block) + dataset.BlockLength(block); row++)
                {
                    var value = Read(column, row);
                    if (double.IsFinite(value))
                    {
                        Assert.InRange(value, stats.Min, stats.Max);
                    }
                }
            }
        }
    }

    [Fact]
    public void Rows_follow_the_Morton_curve()
    {
        using var folder = new TempFolder();
        var rows = RandomObservations.Create(10_000, seed: 9);
        using var dataset = RandomObservations.Write(Path.Combine(folder.Path, "sorted"), rows, blockSize: 1000);
        var finite = rows.Where(row => float.IsFinite(row.Longitude) && float.IsFinite(row.Latitude)).ToList();
        var (minX, maxX) = (finite.Min(row => row.Longitude), finite.Max(row => row.Longitude));
        var (minY, maxY) = (finite.Min(row => row.Latitude), finite.Max(row => row.Latitude));
        var previous = 0u;
        for (var row = 0; row < dataset.Rows; row++)
        {
            var code = MortonCode.Encode((float)Read(dataset.Longitude, row), (float)Read(dataset.Latitude, row), minX, maxX, minY, maxY);
            Assert.True(code >= previous, $"row {row} breaks the order");
            previous = code;
        }
    }

    [Fact]
    public void A_preview_from_the_sample_approximates_the_full_counts()
    {
        using var folder = new TempFolder();
        var manifest = DatasetGenerator.Generate(folder.Path, SyntheticDatasetKind.Market, 200_000, blockSize: 8192);
        using var dataset = Dataset.Open(Path.Combine(folder.Path, manifest.Name));
        Assert.NotNull(dataset.Sample);
        Assert.Equal(DatasetWriter.DefaultSampleEvery, dataset.Sample.Manifest.RowWeight);
        var query = new AggregationQuery(new Canvas(8, 6, new Interval(-120, -30), new Interval(-56, 33)), Reduction.Count);
        using var full = new CpuAggregator().Aggregate(dataset, query, TestContext.Current.CancellationToken);
        using var preview = new CpuAggregator().Aggregate(dataset.Sample, query, TestContext.Current.CancellationToken);
        Assert.True(preview.IsPreview);
        var fullTotal = full.Counts.ToArray().Sum(count => (long)count);
        var previewTotal = preview.Counts.ToArray().Sum(count => (long)count);
        Assert.InRange(previewTotal, fullTotal * 0.97, fullTotal * 1.03);
    }

    private static unsafe double Read(DatasetColumn column, long row) => column.Descriptor.Type switch
    {
        ColumnType.Float32 => (double)((float*)column.Data)[row],
        ColumnType.UInt8 => (double)column.Data[row],
        ColumnType.UInt16 => (double)((ushort*)column.Data)[row],
        _ => (double)((uint*)column.Data)[row],
    };
}
