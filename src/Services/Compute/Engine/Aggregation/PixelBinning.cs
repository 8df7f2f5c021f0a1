using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>
/// Maps points to pixel indices (row 0 at the top) or -1 when a point is outside the canvas or not finite.
/// x: column = (int)((x - x0) * (width / (x1 - x0))) in double precision, points on x1 in the last column; y likewise
/// for the linear projection, and by the Mercator row edges (<see cref="Canvas.Canvas.MercatorRowEdges"/>) otherwise.
/// Eight points at a time with AVX2 where the processor has it.
/// </summary>
internal sealed unsafe class PixelBinning
{
    private readonly int _width;
    private readonly int _height;
    private readonly double _x0;
    private readonly double _x1;
    private readonly double _sx;
    private readonly double _y0;
    private readonly double _y1;
    private readonly double _sy;
    private readonly double[]? _edges;
    private readonly int[]? _edgeGuess;
    private readonly double _guessScale;

    public PixelBinning(Canvas.Canvas canvas)
    {
        _width = canvas.Width;
        _height = canvas.Height;
        var x = canvas.DataXRange;
        _x0 = x.Min;
        _x1 = x.Max;
        _sx = _width / (x.Max - x.Min);
        var y = canvas.DataYRange;
        _y0 = y.Min;
        _y1 = y.Max;
        _sy = _height / (y.Max - y.Min);
        if (canvas.Projection == Canvas.Projection.WebMercator)
        {
            _edges = canvas.MercatorRowEdges();
            _y0 = _edges[0];
            _y1 = _edges[^1];
            var slots = _height * 8;
            _edgeGuess = new int[slots];
            _guessScale = slots / (_y1 - _y0);
            var k = 0;
            for (var j = 0; j < slots; j++)
            {
                var start = _y0 + (j / _guessScale);
                while (k + 1 < _height && start >= _edges[k + 1])
                {
                    k++;
                }
                _edgeGuess[j] = k;
            }
        }
    }

    /// <summary>The x and y ranges in data units: the blocks worth reading overlap them.</summary>
    public (double X0, double X1, double Y0, double Y1) DataBounds => (_x0, _x1, _y0, _y1);

    public void Bin(float* xs, float* ys, int count, int* pixels)
    {
        if (_edges is not null)
        {
            BinMercator(xs, ys, count, pixels);
            return;
        }
        var i = 0;
        if (Avx2.IsSupported)
        {
            i = BinAvx2(xs, ys, count, pixels);
        }
        for (; i < count; i++)
        {
            pixels[i] = BinOne(xs[i], ys[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BinOne(float xf, float yf)
    {
        double x = xf, y = yf;
        if (!(x >= _x0 && x <= _x1 && y >= _y0 && y <= _y1))
        {
            return -1;
        }
        var column = Math.Min((int)((x - _x0) * _sx), _width - 1);
        var fromBottom = Math.Min((int)((y - _y0) * _sy), _height - 1);
        return ((_height - 1 - fromBottom) * _width) + column;
    }

    private int BinAvx2(float* xs, float* ys, int count, int* pixels)
    {
        var x0 = Vector256.Create(_x0);
        var x1 = Vector256.Create(_x1);
        var sx = Vector256.Create(_sx);
        var y0 = Vector256.Create(_y0);
        var y1 = Vector256.Create(_y1);
        var sy = Vector256.Create(_sy);
        var lastColumn = Vector256.Create(_width - 1);
        var lastRow = Vector256.Create(_height - 1);
        var width = Vector256.Create(_width);
        var outside = Vector256<int>.AllBitsSet;
        var i = 0;
        for (; i + 8 <= count; i += 8)
        {
            var xf = Avx.LoadVector256(xs + i);
            var yf = Avx.LoadVector256(ys + i);
            var xl = Avx.ConvertToVector256Double(xf.GetLower());
            var xh = Avx.ConvertToVector256Double(xf.GetUpper());
            var yl = Avx.ConvertToVector256Double(yf.GetLower());
            var yh = Avx.ConvertToVector256Double(yf.GetUpper());
            var inLow = Vector256.GreaterThanOrEqual(xl, x0) & Vector256.LessThanOrEqual(xl, x1)
                & Vector256.GreaterThanOrEqual(yl, y0) & Vector256.LessThanOrEqual(yl, y1);
            var inHigh = Vector256.GreaterThanOrEqual(xh, x0) & Vector256.LessThanOrEqual(xh, x1)
                & Vector256.GreaterThanOrEqual(yh, y0) & Vector256.LessThanOrEqual(yh, y1);
            var inside = Vector256.Narrow(inLow.AsInt64(), inHigh.AsInt64());
            var column = Vector256.Create(
                Avx.ConvertToVector128Int32WithTruncation(Avx.Multiply(Avx.Subtract(xl, x0), sx)),
                Avx.ConvertToVector128Int32WithTruncation(Avx.Multiply(Avx.Subtract(xh, x0), sx)));
            var fromBottom = Vector256.Create(
                Avx.ConvertToVector128Int32WithTruncation(Avx.Multiply(Avx.Subtract(yl, y0), sy)),
                Avx.ConvertToVector128Int32WithTruncation(Avx.Multiply(Avx.Subtract(yh, y0), sy)));
            column = Avx2.Min(column, lastColumn);
            var row = Avx2.Subtract(lastRow, Avx2.Min(fromBottom, lastRow));
            var pixel = Avx2.Add(Avx2.MultiplyLow(row, width), column);
            Vector256.ConditionalSelect(inside, pixel, outside).Store(pixels + i);
        }
        return i;
    }

    private void BinMercator(float* xs, float* ys, int count, int* pixels)
    {
        var edges = _edges!;
        var guess = _edgeGuess!;
        for (var i = 0; i < count; i++)
        {
            double x = xs[i], y = ys[i];
            if (!(x >= _x0 && x <= _x1 && y >= _y0 && y <= _y1))
            {
                pixels[i] = -1;
                continue;
            }
            var k = guess[Math.Min((int)((y - _y0) * _guessScale), guess.Length - 1)];
            while (k > 0 && y < edges[k])
            {
                k--;
            }
            while (k + 1 < _height && y >= edges[k + 1])
            {
                k++;
            }
            var column = Math.Min((int)((x - _x0) * _sx), _width - 1);
            pixels[i] = ((_height - 1 - k) * _width) + column;
        }
    }
}
