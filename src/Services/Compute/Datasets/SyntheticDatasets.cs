using System.Diagnostics;
using Agrovet.Compute.Engine.Datasets;
using Agrovet.Compute.Engine.Generation;

namespace Agrovet.Compute.Datasets;

/// <summary>The synthetic datasets (animal health, crop yields, market) of a size, written deterministically from a seed.</summary>
public static class SyntheticDatasets
{
    /// <summary>Bytes a dataset takes per row (the columns, the blocks' bounds, the sample), for the free-space check.</summary>
    public const long BytesPerRow = 19;

    /// <summary>The kinds named by <paramref name="only"/> (all when null), or none when it names no kind.</summary>
    public static IReadOnlyList<SyntheticDatasetKind> Kinds(string? only) =>
        [.. SyntheticDatasetKind.All.Where(kind => only is null || kind.Name == only)];

    /// <summary>Generates each kind into <paramref name="write"/>'s folder: write(name, writer of a root folder).</summary>
    public static void Generate(IReadOnlyList<SyntheticDatasetKind> kinds, long rows, long seed, Action<string, Action<string>> write,
        Action<string> report)
    {
        foreach (var kind in kinds)
        {
            var clock = Stopwatch.StartNew();
            var name = $"{kind.Name}-{DatasetSize.Name(rows)}";
            DatasetManifest? manifest = null;
            write(name, folder => manifest = DatasetGenerator.Generate(Path.GetDirectoryName(folder)!, kind, rows, seed,
                progress: new Progress(message => report($"  {clock.Elapsed.TotalSeconds,6:F1} s  {message}"))));
            report($"✓ {name}: {manifest!.Rows:N0} rows in {manifest.BlockCount:N0} blocks ({clock.Elapsed.TotalSeconds:F1} s)");
        }
    }

    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
