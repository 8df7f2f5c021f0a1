using Agrovet.Compute.Engine.Datasets;

namespace Agrovet.Compute.Engine.Generation;

/// <summary>Writes the synthetic datasets, deterministically from a seed: same seed and size, same bytes.</summary>
public static class DatasetGenerator
{
    public const long DefaultSeed = 20_261_201;

    /// <summary>Writes <paramref name="kind"/> with <paramref name="rows"/> rows to {root}/{kind}-{size}/.</summary>
    public static DatasetManifest Generate(string root, SyntheticDatasetKind kind, long rows, long seed = DefaultSeed,
        int blockSize = DatasetWriter.DefaultBlockSize, IProgress<string>? progress = null)
    {
        var name = $"{kind.Name}-{DatasetSize.Name(rows)}";
        var description = new DatasetDescription
        {
            Name = name,
            Title = $"{kind.Title} ({DatasetSize.Name(rows)} rows)",
            Description = kind.Description,
            Categories = [.. kind.Categories.Select(category => category.Name)],
            CategoryColumn = kind.CategoryColumn,
            ValueColumn = kind.ValueColumn,
            ValueUnit = kind.ValueUnit,
            Seed = seed,
        };
        var source = new SyntheticObservations(kind, rows, seed + kind.Name.Length);
        return DatasetWriter.Write(Path.Combine(root, name), description, source, blockSize,
            sortBounds: GeoBounds.LatinAmerica, progress: progress);
    }
}
