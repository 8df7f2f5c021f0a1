using System.Buffers;
using System.Runtime.InteropServices;

namespace Agrovet.Compute.Engine.Shading;

/// <summary>
/// An RGBA image, one uint32 per pixel as Datashader's (red in the low byte, alpha in the high byte), row 0 at the top.
/// Its pixels come from a pool: dispose it when done.
/// </summary>
public sealed class ShadedImage : IDisposable
{
    private uint[]? _pixels;

    internal ShadedImage(int width, int height, uint[] pixels, Legend legend)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
        Legend = legend;
    }

    public int Width { get; }

    public int Height { get; }

    public Legend Legend { get; }

    public Span<uint> Pixels => (_pixels ?? throw new ObjectDisposedException(nameof(ShadedImage))).AsSpan(0, Width * Height);

    /// <summary>The pixels as bytes R, G, B, A (the layout PNG encoders take).</summary>
    public ReadOnlySpan<byte> RgbaBytes => BitConverter.IsLittleEndian
        ? MemoryMarshal.AsBytes(Pixels)
        : throw new PlatformNotSupportedException("Images are laid out for little-endian processors.");

    internal static uint[] Rent(int pixels)
    {
        var array = ArrayPool<uint>.Shared.Rent(pixels);
        array.AsSpan(0, pixels).Clear();
        return array;
    }

    internal void Replace(uint[] pixels)
    {
        if (_pixels is not null)
        {
            ArrayPool<uint>.Shared.Return(_pixels);
        }
        _pixels = pixels;
    }

    public void Dispose()
    {
        if (_pixels is not null)
        {
            ArrayPool<uint>.Shared.Return(_pixels);
            _pixels = null;
        }
    }
}
