using System.Diagnostics;
using Agrovet.Compute.Engine.Generation;

namespace Agrovet.Compute.Tool;

/// <summary>`datasets [--size 1m|10m|100m] [--dir DIR] [--only NAME] [--seed N]`: writes the synthetic datasets.</summary>
internal static class DatasetsVerb
{
    public static int Run(Arguments arguments)
    {
        var sizeText = arguments.Option("size") ?? "10m";
        if (!DatasetSize.TryParse(sizeText, out var rows))
        {
            Console.Error.WriteLine($"--size '{sizeText}' is not a size: use 1m, 10m, 100m (or a count such as 250k).");
            return 2;
        }
        var root = Path.GetFullPath(arguments.Option("dir") ?? Defaults.DatasetsFolder());
        var only = arguments.Option("only");
        var kinds = SyntheticDatasetKind.All.Where(kind => only is null || kind.Name == only).ToList();
        if (kinds.Count == 0)
        {
            Console.Error.WriteLine($"--only '{only}' is not a dataset: {string.Join(", ", SyntheticDatasetKind.All.Select(kind => kind.Name))}.");
            return 2;
        }
        var seed = long.TryParse(arguments.Option("seed"), out var parsed) ? parsed : DatasetGenerator.DefaultSeed;
        Directory.CreateDirectory(root);
        var free = new DriveInfo(root).AvailableFreeSpace;
        var needed = rows * 19L * kinds.Count;
        if (free < needed * 11 / 10)
        {
            Console.Error.WriteLine($"{root} has {free / 1e9:F1} GB free; {kinds.Count} datasets of {DatasetSize.Name(rows)} rows need about {needed / 1e9:F1} GB.");
            return 1;
        }
        foreach (var kind in kinds)
        {
            var clock = Stopwatch.StartNew();
            var manifest = DatasetGenerator.Generate(root, kind, rows, seed,
                progress: new Progress(message => Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:F1} s  {message}")));
            Console.WriteLine($"✓ {manifest.Name}: {manifest.Rows:N0} rows in {manifest.BlockCount:N0} blocks ({clock.Elapsed.TotalSeconds:F1} s) → {Path.Combine(root, manifest.Name)}");
        }
        return 0;
    }

    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
