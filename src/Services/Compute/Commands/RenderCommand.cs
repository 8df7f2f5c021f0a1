using Agrovet.Compute.Datasets;
using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Rendering;
using Agrovet.ServiceDefaults.Commands;
using Microsoft.Extensions.Options;

namespace Agrovet.Compute.Commands;

/// <summary>
/// <c>dotnet Agrovet.Compute.dll render --dataset NAME [--dir DIR] [--out FILE.png] [--preview] [key=value ...]</c>: one
/// view as PNG from the command line, with the time of each stage (the parameters are those of /compute/render.png).
/// </summary>
public sealed class RenderCommand(IOptions<ComputeOptions> options, ILoggerFactory loggers) : IServiceCommand
{
    public string Name => "render";

    public string Description => "render one view to a PNG file: --dataset NAME, --dir DIR, --out FILE.png, --preview, key=value parameters";

    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var arguments = CommandArguments.OfVerb(Name);
        var settings = Options.Create(new ComputeOptions { DatasetsDirectory = arguments.Option("dir") ?? options.Value.ResolveDatasetsDirectory() });
        using var store = new DatasetStore(settings, loggers.CreateLogger<DatasetStore>());
        var parameters = arguments.Pairs.ToDictionary(pair => pair.Key, pair => (string?)pair.Value, StringComparer.Ordinal);
        parameters["dataset"] = arguments.Option("dataset") ?? parameters.GetValueOrDefault("dataset");
        if (!Rendering.ViewRequests.TryParse(store, parameters, out var lease, out var request, out var errors))
        {
            foreach (var (field, messages) in errors)
            {
                await Console.Error.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }
            return 2;
        }
        using (lease)
        {
            var result = new Renderer(new CpuAggregator()).Render(lease.Dataset, request, arguments.Flag("preview"), cancellationToken);
            var output = arguments.Option("out") ?? $"{request.Dataset}.png";
            await File.WriteAllBytesAsync(output, result.Png, cancellationToken);
            Console.WriteLine($"{output}: {result.Width}x{result.Height}, {result.Png.Length:N0} bytes, range [{result.Min}, {result.Max}], "
                + $"{result.BlocksRead}/{result.BlocksTotal} blocks, aggregate {result.AggregateTime.TotalMilliseconds:F1} ms, "
                + $"shade {result.ShadeTime.TotalMilliseconds:F1} ms, encode {result.EncodeTime.TotalMilliseconds:F1} ms");
            return 0;
        }
    }
}
