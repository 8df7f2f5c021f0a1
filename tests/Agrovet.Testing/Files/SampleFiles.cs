using System.Text;
using StbImageWriteSharp;

namespace Agrovet.Testing;

/// <summary>Files of every accepted type (real images, headers plus filler for the rest) and a few impostors.</summary>
public static class SampleFiles
{
    public static byte[] Png(int width, int height) => Encode(width, height, (writer, data, stream) =>
        writer.WritePng(data, width, height, ColorComponents.RedGreenBlueAlpha, stream));

    public static byte[] Jpeg(int width, int height) => Encode(width, height, (writer, data, stream) =>
        writer.WriteJpg(data, width, height, ColorComponents.RedGreenBlueAlpha, stream, 90));

    /// <summary>A 1×1 GIF89a.</summary>
    public static byte[] Gif() =>
    [
        .. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00,
        0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
        0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ];

    /// <summary>A lossless WebP header declaring <paramref name="width"/>×<paramref name="height"/>, then filler.</summary>
    public static byte[] WebP(int width, int height)
    {
        var bits = (uint)(width - 1) | ((uint)(height - 1) << 14);
        byte[] header =
        [
            .. "RIFF"u8, 0x00, 0x10, 0x00, 0x00, .. "WEBP"u8, .. "VP8L"u8, 0x00, 0x08, 0x00, 0x00, 0x2F,
            (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24),
        ];
        return WithFiller(header, 4096);
    }

    public static byte[] Mp4(int size = 200_000) =>
        WithFiller([0x00, 0x00, 0x00, 0x18, .. "ftypisom"u8, 0x00, 0x00, 0x02, 0x00, .. "isommp41"u8], size);

    public static byte[] QuickTime(int size = 50_000) =>
        WithFiller([0x00, 0x00, 0x00, 0x14, .. "ftypqt  "u8, 0x00, 0x00, 0x02, 0x00, .. "qt  "u8], size);

    public static byte[] WebM(int size = 50_000) =>
        WithFiller([0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81, 0x04,
            0x42, 0xF3, 0x81, 0x08, 0x42, 0x82, 0x84, .. "webm"u8, 0x42, 0x87, 0x81, 0x04], size);

    public static byte[] Pdf(int size = 30_000) => WithFiller(Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"), size);

    public static byte[] ElfExecutable() =>
        WithFiller([0x7F, .. "ELF"u8, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x00, 0x3E, 0x00], 20_000);

    public static byte[] WindowsExecutable() =>
        WithFiller([.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF], 20_000);

    /// <summary>A PNG signature followed by nonsense instead of its IHDR header.</summary>
    public static byte[] DamagedPng() => WithFiller([0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "JUNK"u8], 2048);

    /// <summary>A valid PNG signature and IHDR claiming a gigantic image (a decompression bomb's opening).</summary>
    public static byte[] GiantPngHeader() =>
        WithFiller([0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 0x00, 0x01, 0x86, 0xA0, 0x00, 0x01, 0x86, 0xA0, 8, 6, 0, 0, 0], 2048);

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
