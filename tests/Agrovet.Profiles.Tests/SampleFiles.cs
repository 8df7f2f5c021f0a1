using System.Text;
using StbImageWriteSharp;

namespace Agrovet.Profiles.Tests;

/// <summary>Files to upload to the media service: real PNG and JPEG images, and a PDF.</summary>
public static class SampleFiles
{
    public static byte[] Png(int width, int height) => Encode(width, height, (writer, data, stream) =>
        writer.WritePng(data, width, height, ColorComponents.RedGreenBlueAlpha, stream));

    public static byte[] Jpeg(int width, int height) => Encode(width, height, (writer, data, stream) =>
        writer.WriteJpg(data, width, height, ColorComponents.RedGreenBlueAlpha, stream, 90));

    public static byte[] Pdf(int size = 30_000) => WithFiller(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n"), size);

    /// <summary><paramref name="header"/> padded with pseudo-random bytes to <paramref name="size"/>.</summary>
    public static byte[] WithFiller(byte[] header, int size)
    {
        var bytes = new byte[Math.Max(size, header.Length)];
        new Random(size).NextBytes(bytes);
        header.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Encode(int width, int height, Action<ImageWriter, byte[], Stream> write)
    {
        var pixels = new byte[width * height * 4];
        for (var i = 0; i < pixels.Length; i += 4)
        {
            var x = i / 4 % width;
            var y = i / 4 / width;
            pixels[i] = (byte)(x * 255 / width);
            pixels[i + 1] = (byte)(y * 255 / height);
            pixels[i + 2] = 128;
            pixels[i + 3] = 255;
        }

        using var stream = new MemoryStream();
        write(new ImageWriter(), pixels, stream);
        return stream.ToArray();
    }
}
