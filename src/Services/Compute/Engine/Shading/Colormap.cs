namespace Agrovet.Compute.Engine.Shading;

/// <summary>A named list of colours, interpolated evenly from the lowest value to the highest.</summary>
public sealed class Colormap
{
    public Colormap(string name, IReadOnlyList<Rgb> colors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(colors.Count, 1);
        Name = name;
        Colors = colors;
        Reds = [.. colors.Select(color => (double)color.R)];
        Greens = [.. colors.Select(color => (double)color.G)];
        Blues = [.. colors.Select(color => (double)color.B)];
    }

    public string Name { get; }

    public IReadOnlyList<Rgb> Colors { get; }

    internal double[] Reds { get; }

    internal double[] Greens { get; }

    internal double[] Blues { get; }

    internal static Rgb[] ParseHex(string table) =>
        [.. table.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(hex => Rgb.FromHex(Convert.ToUInt32(hex, 16)))];
}
