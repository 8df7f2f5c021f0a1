namespace Agrovet.Compute.Engine.Shading;

/// <summary>The named colormaps (cmap=) and the default categorical colour key.</summary>
public static class Colormaps
{
    public const string DefaultName = "fire";

    private static readonly Dictionary<string, Colormap> ByName = new Dictionary<string, string>
    {
        ["viridis"] = ColormapData.Viridis,
        ["inferno"] = ColormapData.Inferno,
        ["fire"] = ColormapData.Fire,
        ["kbc"] = ColormapData.Kbc,
        ["blues"] = ColormapData.Blues,
        ["greys"] = ColormapData.Greys,
        ["hot"] = ColormapData.Hot,
        ["lightblue_darkblue"] = ColormapData.LightBlueDarkBlue,
    }.ToDictionary(pair => pair.Key, pair => new Colormap(pair.Key, Colormap.ParseHex(pair.Value)), StringComparer.OrdinalIgnoreCase);

    /// <summary>Datashader's Sets1to3: category i gets colour i.</summary>
    public static readonly IReadOnlyList<Rgb> CategoryColors = Colormap.ParseHex(ColormapData.Sets1To3);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static Colormap Default => ByName[DefaultName];

    public static bool TryGet(string name, out Colormap colormap) => ByName.TryGetValue(name.Trim(), out colormap!);
}
