using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using Agrovet.Compute.Engine.Imaging;
using Agrovet.Compute.Engine.Shading;
using Bogus;
using StbImageSharp;

namespace Agrovet.Compute.Tests;

/// <summary>The PNG decodes (with an independent decoder) to exactly the shaded pixels.</summary>
public sealed class EncodingPng
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(37, 23)]
    [InlineData(800, 600)]
    public void A_shaded_image_round_trips_through_PNG(int width, int height)
    {
        var random = new Randomizer(width);
        var counts = Enumerable.Range(0, width * height).Select(_ => random.Int(0, 9) < 6 ? 0.0 : random.Int(1, 5000)).ToArray();
        using var grid = TestGrids.Counts(height, width, counts);
        using var image = Shader.Shade(grid, Colormaps.Default, ShadeHow.EqHist);
        var png = PngEncoder.Encode(image);
        var decoded = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        Assert.Equal(image.RgbaBytes.ToArray(), decoded.Data);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Rows_compressed_in_several_parts_make_one_valid_PNG(int parts)
    {
        var random = new Randomizer(parts);
        var counts = Enumerable.Range(0, 800 * 600).Select(_ => random.Int(0, 9) < 6 ? 0.0 : random.Int(1, 5000)).ToArray();
        using var grid = TestGrids.Counts(600, 800, counts);
        using var image = Shader.Shade(grid, Colormaps.Default, ShadeHow.EqHist);
        using var png = new MemoryStream();
        PngEncoder.Encode(image.RgbaBytes, image.Width, image.Height, png, parts);
        var decoded = ImageResult.FromMemory(png.ToArray(), ColorComponents.RedGreenBlueAlpha);
        Assert.Equal(image.RgbaBytes.ToArray(), decoded.Data);
        Assert.Equal(UnfilteredRows(image), Inflate(png.ToArray()));
    }

    /// <summary>The IDAT data through .NET's zlib, which checks the Adler-32; every chunk's CRC checked on the way.</summary>
    private static byte[] Inflate(byte[] png)
    {
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)), Crc32.HashToUInt32(typeAndData));
            if (typeAndData[..4].SequenceEqual("IDAT"u8))
            {
                idat.Write(typeAndData[4..]);
            }
            at += 12 + length;
        }
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var rows = new MemoryStream();
        zlib.CopyTo(rows);
        return rows.ToArray();
    }

    private static byte[] UnfilteredRows(ShadedImage image)
    {
        var stride = image.Width * 4;
        var rgba = image.RgbaBytes;
        var rows = new byte[(stride + 1) * image.Height];
        for (var y = 0; y < image.Height; y++)
        {
            rgba.Slice(y * stride, stride).CopyTo(rows.AsSpan((y * (stride + 1)) + 1));
        }
        return rows;
    }
}
