using System.Buffers.Binary;

namespace Agrovet.Media.Uploads;

/// <summary>
/// Reads an image's width and height from its headers without decoding it: a few small reads, whatever the file's size
/// (a JPEG's size sits in its frame header, after any metadata segments, which are skipped by their lengths).
/// </summary>
public static class ImageHeaders
{
    /// <summary>The size, or null when the headers are missing, cut short or nonsensical.</summary>
    public static ImageSize? Read(Stream image, FileType type)
    {
        try
        {
            image.Position = 0;
            var size = type.ContentType switch
            {
                "image/png" => ReadPng(image),
                "image/gif" => ReadGif(image),
                "image/webp" => ReadWebP(image),
                "image/jpeg" => ReadJpeg(image),
                _ => null,
            };
            return size is { Width: > 0, Height: > 0 } ? size : null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    private static ImageSize? ReadPng(Stream image)
    {
        Span<byte> header = stackalloc byte[24];
        image.ReadExactly(header);
        if (!header[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(header[16..]);
        var height = BinaryPrimitives.ReadInt32BigEndian(header[20..]);
        return new ImageSize(width, height);
    }

    private static ImageSize ReadGif(Stream image)
    {
        Span<byte> header = stackalloc byte[10];
        image.ReadExactly(header);
        return new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(header[6..]), BinaryPrimitives.ReadUInt16LittleEndian(header[8..]));
    }

    private static ImageSize? ReadWebP(Stream image)
    {
        Span<byte> header = stackalloc byte[30];
        image.ReadExactly(header);
        var chunk = header[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Lossy: a key frame's start code 9D 01 2A, then 14-bit width and height.
            if (header[23] != 0x9D || header[24] != 0x01 || header[25] != 0x2A)
            {
                return null;
            }

            return new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(header[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(header[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            // Lossless: signature 0x2F, then width-1 and height-1 in 14 bits each.
            if (header[20] != 0x2F)
            {
                return null;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(header[21..]);
            return new ImageSize((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Extended: canvas width-1 and height-1 in 24 bits each.
            var width = header[24] | (header[25] << 8) | (header[26] << 16);
            var height = header[27] | (header[28] << 8) | (header[29] << 16);
            return new ImageSize(width + 1, height + 1);
        }

        return null;
    }

    private static ImageSize? ReadJpeg(Stream image)
    {
        Span<byte> two = stackalloc byte[2];
        image.ReadExactly(two);
        if (two[0] != 0xFF || two[1] != 0xD8)
        {
            return null;
        }

        Span<byte> frame = stackalloc byte[5];
        while (true)
        {
            var marker = NextMarker(image);
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // Markers without a segment.
            }

            if (marker is 0xD9 or 0xDA)
            {
                return null; // End of image or start of scan before any frame header.
            }

            image.ReadExactly(two);
            var length = BinaryPrimitives.ReadUInt16BigEndian(two);
            if (length < 2)
            {
                return null;
            }

            var isFrameHeader = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrameHeader)
            {
                image.ReadExactly(frame);
                return new ImageSize(BinaryPrimitives.ReadUInt16BigEndian(frame[3..]), BinaryPrimitives.ReadUInt16BigEndian(frame[1..]));
            }

            image.Seek(length - 2, SeekOrigin.Current);
            if (image.Position >= image.Length)
            {
                return null;
            }
        }
    }

    private static int NextMarker(Stream image)
    {
        var b = image.ReadByte();
        if (b != 0xFF)
        {
            throw new EndOfStreamException();
        }

        do
        {
            b = image.ReadByte();
        }
        while (b == 0xFF); // Fill bytes.
        return b < 0 ? throw new EndOfStreamException() : b;
    }
}
