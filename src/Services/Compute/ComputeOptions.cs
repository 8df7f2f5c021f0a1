namespace Agrovet.Compute;

/// <summary>Settings of the analytics service (configuration section <c>Compute</c>, e.g. <c>Compute__Gpu=off</c>).</summary>
public sealed class ComputeOptions
{
    public const string Section = "Compute";

    /// <summary>
    /// Where the datasets are (one folder each). Unset: <c>AGROVET_DATASETS_DIR</c>, else the <c>datasets</c> folder of
    /// <c>AGROVET_STATE_DIR</c>, else <c>.agrovet/datasets</c> under the working directory.
    /// </summary>
    public string? DatasetsDirectory { get; set; }

    /// <summary>
    /// When the folder holds no dataset at start, the synthetic datasets of this size (<c>1m</c>, <c>250k</c>) are
    /// generated in the background while the service already answers; empty: never.
    /// </summary>
    public string GenerateWhenEmpty { get; set; } = "1m";

    /// <summary><c>auto</c>: aggregate on the first CUDA device when there is one, else on every core; <c>off</c>: CPU only.</summary>
    public string Gpu { get; set; } = "auto";

    /// <summary>Full renders that run at once (each uses every core); more wait their turn. 0: half the cores, at least 1.</summary>
    public int MaxConcurrentRenders { get; set; }

    /// <summary>Bytes of aggregates kept for hover values (<c>/compute/inspect</c>) of recently rendered views.</summary>
    public long AggregateCacheBytes { get; set; } = 96L * 1024 * 1024;

    public StreamingOptions Streaming { get; } = new();

    public ExportOptions Export { get; } = new();

    public string ResolveDatasetsDirectory()
    {
        if (!string.IsNullOrWhiteSpace(DatasetsDirectory))
        {
            return DatasetsDirectory;
        }
        if (Environment.GetEnvironmentVariable("AGROVET_DATASETS_DIR") is { Length: > 0 } datasets)
        {
            return datasets;
        }
        var state = Environment.GetEnvironmentVariable("AGROVET_STATE_DIR") is { Length: > 0 } configured ? configured : ".agrovet";
        return Path.Combine(state, "datasets");
    }

    public int ResolveMaxConcurrentRenders() => MaxConcurrentRenders > 0 ? MaxConcurrentRenders : Math.Max(1, Environment.ProcessorCount / 2);
}
