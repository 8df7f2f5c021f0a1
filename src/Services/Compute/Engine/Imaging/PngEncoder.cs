using Agrovet.Compute.Engine.Shading;
using StbImageWriteSharp;

namespace Agrovet.Compute.Engine.Imaging;

/// <summary>PNG (RGBA, 8 bits) through StbImageWriteSharp, the encoder the media service already uses.</summary>
public static class PngEncoder
{
    public static byte[] Encode(ShadedImage image)
    {
        using var output = new MemoryStream();
        Encode(image, output);
        return output.ToArray();
    }

    public static unsafe void Encode(ShadedImage image, Stream output)
    {
        fixed (byte* pixels = image.RgbaBytes)
        {
            new ImageWriter().WritePng(pixels, image.Width, image.Height, ColorComponents.RedGreenBlueAlpha, output);
        }
    }
}
