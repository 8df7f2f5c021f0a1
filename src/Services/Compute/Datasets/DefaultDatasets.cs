using Agrovet.Compute.Engine.Generation;
using Microsoft.Extensions.Options;

namespace Agrovet.Compute.Datasets;

/// <summary>
/// On a first start with no dataset at all, writes the synthetic datasets at the small size of Compute:GenerateWhenEmpty
/// (1m rows each, a few seconds) in the background; the service answers meanwhile and its list says "preparing".
/// </summary>
public sealed class DefaultDatasets(DatasetStore store, IOptions<ComputeOptions> options, ILogger<DefaultDatasets> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var size = options.Value.GenerateWhenEmpty;
        if (string.IsNullOrWhiteSpace(size) || store.Names().Count > 0)
        {
            return;
        }
        if (!DatasetSize.TryParse(size, out var rows))
        {
            logger.LogWarning("Compute:GenerateWhenEmpty is '{Size}', not a size (1m, 250k): no datasets generated", size);
            return;
        }
        store.Preparing = true;
        try
        {
            await Task.Run(() => SyntheticDatasets.Generate(SyntheticDatasets.Kinds(null), rows, DatasetGenerator.DefaultSeed,
                (name, write) =>
                {
                    stoppingToken.ThrowIfCancellationRequested();
                    store.Replace(name, write);
                },
                message => logger.LogInformation("{Message}", message.Trim())), stoppingToken);
            logger.LogInformation("Generated the sample datasets ({Size} rows each) in {Folder}", size, store.Folder);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Generating the sample datasets into {Folder} failed", store.Folder);
        }
        finally
        {
            store.Preparing = false;
        }
    }
}
