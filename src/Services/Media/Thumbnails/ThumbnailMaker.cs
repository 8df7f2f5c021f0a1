using Agrovet.Media.Uploads;
using Microsoft.Extensions.Options;
using StbImageSharp;
using StbImageWriteSharp;

namespace Agrovet.Media.Thumbnails;

/// <summary>
/// Makes a JPEG thumbnail of a JPEG, PNG or GIF (first frame) with the pure-managed stb ports: decode, shrink with a
/// box filter over a white background, encode. WebP has no managed decoder here, so WebP images get none.
/// Decoding takes 4 bytes a pixel, so at most one decode per core runs at a time.
/// </summary>
public sealed class ThumbnailMaker(IOptions<MediaOptions> options, ILogger<ThumbnailMaker> logger)
{
    private const int Quality = 80;
    private static readonly SemaphoreSlim Decoders = new(Environment.ProcessorCount);

    public static bool CanDecode(FileType type) => type == FileType.Jpeg || type == FileType.Png || type == FileType.Gif;

    /// <summary>The thumbnail's JPEG bytes, or null when the image cannot be decoded.</summary>
    public async Task<byte[]?> MakeAsync(Stream image, FileType type, CancellationToken cancellationToken)
    {
        if (!CanDecode(type))
        {
            return null;
        }

        await Decoders.WaitAsync(cancellationToken);
        try
        {
            image.Position = 0;
            var decoded = ImageResult.FromStream(image, StbImageSharp.ColorComponents.RedGreenBlueAlpha);
            var (width, height) = Fit(decoded.Width, decoded.Height, options.Value.ThumbnailMaxSide);
            var pixels = Shrink(decoded.Data, decoded.Width, decoded.Height, width, height);
            using var output = new MemoryStream();
            new ImageWriter().WriteJpg(pixels, width, height, StbImageWriteSharp.ColorComponents.RedGreenBlue, output, Quality);
            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NotSupportedException or IOException)
        {
            logger.LogInformation(e, "No thumbnail: the {Type} image could not be decoded", type.Description);
            return null;
        }
        finally
        {
            Decoders.Release();
        }
    }

    private static (int Width, int Height) Fit(int width, int height, int maxSide)
    {
        if (width <= maxSide && height <= maxSide)
        {
            return (width, height);
        }

        return width >= height
            ? (maxSide, Math.Max(1, (int)Math.Round((double)height * maxSide / width)))
            : (Math.Max(1, (int)Math.Round((double)width * maxSide / height)), maxSide);
    }

    /// <summary>RGBA → RGB at the target size: each target pixel averages its source box, composited over white.</summary>
    private static byte[] Shrink(byte[] rgba, int sourceWidth, int sourceHeight, int width, int height)
    {
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var y0 = (int)((long)y * sourceHeight / height);
            var y1 = Math.Max(y0 + 1, (int)((long)(y + 1) * sourceHeight / height));
            for (var x = 0; x < width; x++)
            {
                var x0 = (int)((long)x * sourceWidth / width);
                var x1 = Math.Max(x0 + 1, (int)((long)(x + 1) * sourceWidth / width));
                long r = 0, g = 0, b = 0;
                var count = 0;
                for (var sy = y0; sy < y1; sy++)
                {
                    var row = sy * sourceWidth * 4;
                    for (var sx = x0; sx < x1; sx++)
                    {
                        var i = row + (sx * 4);
                        var alpha = rgba[i + 3];
                        var white = 255 - alpha;
                        r += ((rgba[i] * alpha) + (255 * white)) / 255;
                        g += ((rgba[i + 1] * alpha) + (255 * white)) / 255;
                        b += ((rgba[i + 2] * alpha) + (255 * white)) / 255;
                        count++;
                    }
                }

                var o = ((y * width) + x) * 3;
                rgb[o] = (byte)(r / count);
                rgb[o + 1] = (byte)(g / count);
                rgb[o + 2] = (byte)(b / count);
            }
        }

        return rgb;
    }
}
