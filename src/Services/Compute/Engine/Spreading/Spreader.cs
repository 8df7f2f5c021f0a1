using Agrovet.Compute.Engine.Shading;

namespace Agrovet.Compute.Engine.Spreading;

/// <summary>
/// Datashader's tf.spread(img, px, shape='circle'): every visible pixel is drawn over its neighbours within a disc of
/// radius px (distance at most px + 0.5), in row order, with the 'over' operator; a neighbour still empty takes the
/// pixel as it is.
/// </summary>
public static class Spreader
{
    public const int MaxPixels = 16;

    public static void Spread(ShadedImage image, int px)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(px);
        if (px == 0)
        {
            return;
        }
        var size = (2 * px) + 1;
        var offsets = new List<int>();
        var padded = image.Width + (2 * px);
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                var dy = i - px;
                var dx = j - px;
                if (Math.Sqrt((dx * dx) + (dy * dy)) <= px + 0.5)
                {
                    offsets.Add((i * padded) + j);
                }
            }
        }
        var buffer = new uint[padded * (image.Height + (2 * px))];
        var source = image.Pixels;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var pixel = source[(y * image.Width) + x];
                if ((pixel >> 24) == 0)
                {
                    continue;
                }
                var corner = (y * padded) + x;
                if ((pixel >> 24) == 255)
                {
                    // An opaque pixel over anything gives the same colour (Over's result does not depend on the target
                    // when the source's alpha is 1): worked out once, not once per neighbour.
                    var over = Over(pixel, pixel);
                    foreach (var offset in offsets)
                    {
                        ref var target = ref buffer[corner + offset];
                        target = target == 0 ? pixel : over;
                    }
                    continue;
                }
                foreach (var offset in offsets)
                {
                    ref var target = ref buffer[corner + offset];
                    target = target == 0 ? pixel : Over(pixel, target);
                }
            }
        }
        var result = ShadedImage.Rent(image.Width * image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            buffer.AsSpan(((y + px) * padded) + px, image.Width).CopyTo(result.AsSpan(y * image.Width, image.Width));
        }
        image.Replace(result);
    }

    /// <summary>Datashader's composite 'over' on uint32 RGBA, in double precision.</summary>
    internal static uint Over(uint source, uint target)
    {
        var (sr, sg, sb, sa) = Scaled(source);
        var (dr, dg, db, da) = Scaled(target);
        var factor = 1 - sa;
        var a = sa + (da * factor);
        if (a == 0)
        {
            return 0;
        }
        var r = ((sr * sa) + (dr * da * factor)) / a;
        var g = ((sg * sa) + (dg * da * factor)) / a;
        var b = ((sb * sa) + (db * da * factor)) / a;
        return Combine(r) | (Combine(g) << 8) | (Combine(b) << 16) | (Combine(a) << 24);
    }

    private static (double R, double G, double B, double A) Scaled(uint pixel) =>
        ((pixel & 255) / 255.0, ((pixel >> 8) & 255) / 255.0, ((pixel >> 16) & 255) / 255.0, ((pixel >> 24) & 255) / 255.0);

    private static uint Combine(double channel) => Math.Min(255u, (uint)(channel * 255));
}
