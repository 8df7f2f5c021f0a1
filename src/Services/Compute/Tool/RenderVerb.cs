using Agrovet.Compute.Engine.Aggregation;
using Agrovet.Compute.Engine.Datasets;
using Agrovet.Compute.Engine.Rendering;

namespace Agrovet.Compute.Tool;

/// <summary>`render --dataset NAME [--dir DIR] [--out FILE] [--preview] [key=value ...]`: one PNG, with its timings.</summary>
internal static class RenderVerb
{
    public static int Run(Arguments arguments)
    {
        using var catalog = new DatasetCatalog(arguments.Option("dir") ?? Defaults.DatasetsFolder());
        var parameters = arguments.Pairs.ToDictionary(pair => pair.Key, pair => (string?)pair.Value);
        parameters["dataset"] = arguments.Option("dataset") ?? parameters.GetValueOrDefault("dataset");
        switch (RenderParameters.Parse(parameters, catalog))
        {
            case RenderParametersOutcome.Invalid invalid:
                foreach (var (field, messages) in invalid.Errors)
                {
                    Console.Error.WriteLine($"{field}: {string.Join(" ", messages)}");
                }
                return 2;
            case RenderParametersOutcome.Valid valid:
                var renderer = new Renderer(new CpuAggregator());
                var result = renderer.Render(valid.Dataset, valid.Request, arguments.Option("preview") is not null || arguments.Pairs.ContainsKey("preview"));
                var output = arguments.Option("out") ?? $"{valid.Request.Dataset}.png";
                File.WriteAllBytes(output, result.Png);
                Console.WriteLine($"{output}: {result.Width}x{result.Height}, {result.Png.Length:N0} bytes, range [{result.Min}, {result.Max}], "
                    + $"{result.BlocksRead}/{result.BlocksTotal} blocks, aggregate {result.AggregateTime.TotalMilliseconds:F1} ms, "
                    + $"shade {result.ShadeTime.TotalMilliseconds:F1} ms, encode {result.EncodeTime.TotalMilliseconds:F1} ms");
                return 0;
            default:
                return 1;
        }
    }
}
