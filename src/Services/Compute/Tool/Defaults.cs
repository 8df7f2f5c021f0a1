namespace Agrovet.Compute.Tool;

/// <summary>Where datasets live unless --dir says otherwise: AGROVET_DATASETS_DIR, else the state folder's datasets/.</summary>
internal static class Defaults
{
    public static string DatasetsFolder() =>
        Environment.GetEnvironmentVariable("AGROVET_DATASETS_DIR") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetEnvironmentVariable("AGROVET_STATE_DIR") is { Length: > 0 } state ? state : ".agrovet", "datasets");
}
