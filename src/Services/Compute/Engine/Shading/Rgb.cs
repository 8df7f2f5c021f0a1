using System.Globalization;

namespace Agrovet.Compute.Engine.Shading;

/// <summary>An sRGB colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static bool TryParse(string text, out Rgb color)
    {
        color = default;
        var hex = text.Trim();
        if (hex.StartsWith('#'))
        {
            hex = hex[1..];
        }
        if (hex.Length == 3)
        {
            hex = string.Concat(hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]);
        }
        if (hex.Length != 6 || !uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }
        color = FromHex(value);
        return true;
    }

    public static Rgb FromHex(uint value) => new((byte)(value >> 16), (byte)(value >> 8), (byte)value);

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}
