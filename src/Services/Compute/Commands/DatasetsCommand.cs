using Agrovet.Compute.Datasets;
using Agrovet.Compute.Engine.Generation;
using Agrovet.ServiceDefaults.Commands;
using Microsoft.Extensions.Options;

namespace Agrovet.Compute.Commands;

/// <summary>
/// <c>dotnet Agrovet.Compute.dll datasets [--size 1m|10m|100m] [--dir DIR] [--only NAME] [--seed N]</c>: writes the
/// synthetic datasets (what <c>./agrovet datasets</c> runs). A running service picks up the new versions at once.
/// </summary>
public sealed class DatasetsCommand(IOptions<ComputeOptions> options, ILoggerFactory loggers) : IServiceCommand
{
    public string Name => "datasets";

    public string Description => "write the synthetic datasets: --size 1m|10m|100m, --dir DIR, --only NAME, --seed N";

    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var arguments = CommandArguments.OfVerb(Name);
        var sizeText = arguments.Option("size") ?? "10m";
        if (!DatasetSize.TryParse(sizeText, out var rows))
        {
            await Console.Error.WriteLineAsync($"--size '{sizeText}' is not a size: use 1m, 10m, 100m (or a count such as 250k).");
            return 2;
        }
        var only = arguments.Option("only");
        var kinds = SyntheticDatasets.Kinds(only);
        if (kinds.Count == 0)
        {
            await Console.Error.WriteLineAsync($"--only '{only}' is not a dataset: {string.Join(", ", SyntheticDatasetKind.All.Select(kind => kind.Name))}.");
            return 2;
        }
        var seed = long.TryParse(arguments.Option("seed"), out var parsed) ? parsed : DatasetGenerator.DefaultSeed;
        var folder = Path.GetFullPath(arguments.Option("dir") ?? options.Value.ResolveDatasetsDirectory());
        Directory.CreateDirectory(folder);
        var free = new DriveInfo(folder).AvailableFreeSpace;
        var needed = rows * SyntheticDatasets.BytesPerRow * kinds.Count;
        if (free < needed * 11 / 10)
        {
            await Console.Error.WriteLineAsync($"{folder} has {free / 1e9:F1} GB free; {kinds.Count} datasets of {DatasetSize.Name(rows)} rows need about {needed / 1e9:F1} GB.");
            return 1;
        }
        var settings = Options.Create(new ComputeOptions { DatasetsDirectory = folder });
        using var store = new DatasetStore(settings, loggers.CreateLogger<DatasetStore>());
        SyntheticDatasets.Generate(kinds, rows, seed, store.Replace, Console.WriteLine);
        Console.WriteLine($"→ {folder}");
        return 0;
    }
}
