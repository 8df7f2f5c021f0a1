using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using Agrovet.Compute.Engine.Shading;

namespace Agrovet.Compute.Engine.Imaging;

/// <summary>
/// PNG (8-bit RGBA, no interlace): the chunks written here, the pixels compressed by .NET's zlib (zlib-ng) at its
/// fastest level, scanlines unfiltered, CRCs and the Adler-32 from System.IO.Hashing. StbImageWriteSharp, tried first,
/// took 300-500 ms for an 800×600 view against 2-10 ms for this (bench/results): its own deflate and its five-filter
/// trial per row. Shaded aggregates are mostly transparent runs, which deflate at its fastest level already packs well;
/// the Sub, Up and Paeth filters made both the output and the time larger.
/// <para>
/// The rows are compressed in parts on every core, as pigz does: each part is a raw deflate stream of its rows, all but
/// the last ended by a sync flush (an empty stored block, so the next part starts on a byte boundary) instead of a final
/// block, so that the parts one after the other are one valid deflate stream; the zlib header and the Adler-32 of all
/// the rows wrap them. A part does not refer back into the one before it, which costs a few bytes at each seam.
/// </para>
/// </summary>
public static class PngEncoder
{
    /// <summary>Raw bytes per part at least: below that, the thread costs more than it saves.</summary>
    private const int MinPartBytes = 128 * 1024;

    /// <summary>zlib's header: deflate with a 32 KiB window, the fastest level, no dictionary (0x7801 is a multiple of 31).</summary>
    private static readonly byte[] ZlibHeader = [0x78, 0x01];

    /// <summary>A chunk's length, type and CRC.</summary>
    private const int ChunkOverhead = 12;

    private const int HeaderLength = 13;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The image as PNG bytes, in an array of exactly its size.</summary>
    public static byte[] Encode(ShadedImage image)
    {
        var data = CompressedRows(image.RgbaBytes, image.Width, image.Height, Environment.ProcessorCount);
        var png = new byte[Signature.Length + (3 * ChunkOverhead) + HeaderLength + data.Sum(piece => piece.Count)];
        using var output = new MemoryStream(png);
        Write(output, image.Width, image.Height, data);
        return png;
    }

    public static void Encode(ShadedImage image, Stream output) =>
        Encode(image.RgbaBytes, image.Width, image.Height, output);

    public static void Encode(ReadOnlySpan<byte> rgba, int width, int height, Stream output) =>
        Encode(rgba, width, height, output, Environment.ProcessorCount);

    /// <param name="parts">At most this many parts compressed side by side (fewer for a small image).</param>
    internal static void Encode(ReadOnlySpan<byte> rgba, int width, int height, Stream output, int parts) =>
        Write(output, width, height, CompressedRows(rgba, width, height, parts));

    private static void Write(Stream output, int width, int height, List<ArraySegment<byte>> data)
    {
        output.Write(Signature);
        Span<byte> header = stackalloc byte[HeaderLength];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;
        header[9] = 6;
        header[10] = 0;
        header[11] = 0;
        header[12] = 0;
        WriteChunk(output, "IHDR"u8, header);
        WriteChunk(output, "IDAT"u8, data);
        WriteChunk(output, "IEND"u8, ReadOnlySpan<byte>.Empty);
    }

    /// <summary>The zlib stream of the unfiltered rows, as pieces to write one after the other.</summary>
    private static List<ArraySegment<byte>> CompressedRows(ReadOnlySpan<byte> rgba, int width, int height, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        if (rgba.Length != (long)width * height * 4)
        {
            throw new ArgumentException($"{rgba.Length} bytes for {width}×{height} RGBA pixels.", nameof(rgba));
        }
        var pixelStride = width * 4;
        var stride = pixelStride + 1;
        var rawLength = stride * height;
        var raw = ArrayPool<byte>.Shared.Rent(rawLength);
        try
        {
            for (var y = 0; y < height; y++)
            {
                raw[y * stride] = 0;
                rgba.Slice(y * pixelStride, pixelStride).CopyTo(raw.AsSpan((y * stride) + 1, pixelStride));
            }
            var compressed = Compress(raw, stride, height, Math.Clamp(rawLength / MinPartBytes, 1, Math.Min(parts, height)));
            var checksum = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(checksum, Adler32.HashToUInt32(raw.AsSpan(0, rawLength)));
            List<ArraySegment<byte>> pieces = [ZlibHeader, .. compressed, checksum];
            return pieces;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
        }
    }

    /// <summary>The rows in <paramref name="parts"/> raw deflate streams that follow one another as one.</summary>
    private static ArraySegment<byte>[] Compress(byte[] raw, int stride, int height, int parts)
    {
        var compressed = new ArraySegment<byte>[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var first = (int)((long)height * part / parts);
            var end = (int)((long)height * (part + 1) / parts);
            var length = (end - first) * stride;
            var buffer = new MemoryStream((length / 2) + 1024);
            var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true);
            deflate.Write(raw, first * stride, length);
            if (part < parts - 1)
            {
                // A sync flush, not a final block: the next part's blocks continue the stream.
                deflate.Flush();
                compressed[part] = new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
                deflate.Dispose();
            }
            else
            {
                deflate.Dispose();
                compressed[part] = new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
        });
        return compressed;
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(type);
        output.Write(data);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
        output.Write(number);
    }

    /// <summary>A chunk whose data is the pieces one after the other, written without joining them.</summary>
    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, List<ArraySegment<byte>> pieces)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, pieces.Sum(piece => piece.Count));
        output.Write(number);
        output.Write(type);
        var crc = new Crc32();
        crc.Append(type);
        foreach (var piece in pieces)
        {
            output.Write(piece);
            crc.Append(piece);
        }
        BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
        output.Write(number);
    }
}
