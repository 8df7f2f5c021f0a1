using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Agrovet.Compute.Engine.Datasets;

/// <summary>
/// Writes a dataset folder: rows sorted along a Morton curve over (longitude, latitude), one raw little-endian file per
/// column, the bounds of every block in blocks.bin, manifest.json, and a preview subsample in sample/.
/// </summary>
public static unsafe class DatasetWriter
{
    public const int DefaultBlockSize = 65_536;
    public const int DefaultSampleEvery = 64;

    private const int ColumnCount = 5;

    /// <summary>Writes the dataset into <paramref name="folder"/> (replacing what is there) and returns its manifest.</summary>
    public static DatasetManifest Write(string folder, DatasetDescription description, IObservationSource source,
        int blockSize = DefaultBlockSize, int sampleEvery = DefaultSampleEvery, int rowWeight = 1,
        GeoBounds? sortBounds = null, IProgress<string>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(source.Count, int.MaxValue - 1);
        if (description.Categories.Count is 0 or > ushort.MaxValue + 1)
        {
            throw new ArgumentException("A dataset needs between 1 and 65,536 categories.", nameof(description));
        }
        var rows = (int)source.Count;
        var bounds = sortBounds ?? SortBounds(source);
        progress?.Report($"{description.Name}: sorting {rows:N0} rows along a Morton curve");
        var order = MortonOrder(source, bounds);

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        var descriptors = Describe(description);
        var blockCount = (rows + blockSize - 1) / blockSize;
        var stats = new BlockColumnStats[(long)blockCount * ColumnCount];
        progress?.Report($"{description.Name}: writing {blockCount:N0} blocks");
        WriteColumns(folder, descriptors, source, order, blockSize, stats);
        var manifest = new DatasetManifest
        {
            Name = description.Name,
            Title = description.Title,
            Description = description.Description,
            Rows = rows,
            BlockSize = blockSize,
            Columns = WithBounds(descriptors, stats),
            Categories = description.Categories,
            SampleEvery = sampleEvery,
            RowWeight = rowWeight,
            Seed = description.Seed,
        };
        File.WriteAllBytes(Path.Combine(folder, DatasetFiles.Blocks), MemoryMarshal.AsBytes(stats.AsSpan()).ToArray());
        if (sampleEvery > 1)
        {
            var sample = new List<Observation>((rows / sampleEvery) + 1);
            for (var i = 0; i < rows; i += sampleEvery)
            {
                sample.Add(source.Get((long)(order[i] & 0xFFFF_FFFF)));
            }
            Write(Path.Combine(folder, DatasetFiles.SampleFolder), description, new ArrayObservationSource(sample),
                Math.Max(1, blockSize / 8), sampleEvery: 0, rowWeight: sampleEvery, sortBounds: bounds);
        }
        File.WriteAllText(Path.Combine(folder, DatasetFiles.Manifest), JsonSerializer.Serialize(manifest, DatasetFiles.Json));
        return manifest;
    }

    private static GeoBounds SortBounds(IObservationSource source)
    {
        double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        for (long i = 0; i < source.Count; i++)
        {
            var row = source.Get(i);
            if (float.IsFinite(row.Longitude) && float.IsFinite(row.Latitude))
            {
                minX = Math.Min(minX, row.Longitude);
                maxX = Math.Max(maxX, row.Longitude);
                minY = Math.Min(minY, row.Latitude);
                maxY = Math.Max(maxY, row.Latitude);
            }
        }
        return new GeoBounds(minX, maxX, minY, maxY);
    }

    private static ulong[] MortonOrder(IObservationSource source, GeoBounds bounds)
    {
        var rows = (int)source.Count;
        var keys = new ulong[rows];
        Parallel.For(0, (rows + 65_535) / 65_536, chunk =>
        {
            var end = Math.Min(rows, (chunk + 1) * 65_536);
            for (var i = chunk * 65_536; i < end; i++)
            {
                var row = source.Get(i);
                var code = MortonCode.Encode(row.Longitude, row.Latitude, bounds.MinLongitude, bounds.MaxLongitude, bounds.MinLatitude, bounds.MaxLatitude);
                keys[i] = ((ulong)code << 32) | (uint)i;
            }
        });
        RadixSort.SortByUpperHalf(keys, new ulong[rows]);
        return keys;
    }

    private static ColumnDescriptor[] Describe(DatasetDescription description) =>
    [
        new("lon", ColumnType.Float32, ColumnRole.Longitude, "degrees", 0, 0),
        new("lat", ColumnType.Float32, ColumnRole.Latitude, "degrees", 0, 0),
        new(description.ValueColumn, ColumnType.Float32, ColumnRole.Value, description.ValueUnit, 0, 0),
        new(description.CategoryColumn, description.Categories.Count <= 256 ? ColumnType.UInt8 : ColumnType.UInt16, ColumnRole.Category, "", 0, 0),
        new("time", ColumnType.UInt32, ColumnRole.Time, "unix seconds", 0, 0),
    ];

    private static void WriteColumns(string folder, ColumnDescriptor[] descriptors, IObservationSource source,
        ulong[] order, int blockSize, BlockColumnStats[] stats)
    {
        var rows = order.Length;
        var maps = new MemoryMappedFile?[ColumnCount];
        var views = new MemoryMappedViewAccessor?[ColumnCount];
        var pointers = new nint[ColumnCount];
        try
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                var path = Path.Combine(folder, descriptors[c].FileName);
                var length = (long)rows * descriptors[c].ByteWidth;
                if (length == 0)
                {
                    File.WriteAllBytes(path, []);
                    continue;
                }
                maps[c] = MemoryMappedFile.CreateFromFile(path, FileMode.Create, null, length, MemoryMappedFileAccess.ReadWrite);
                views[c] = maps[c]!.CreateViewAccessor(0, length, MemoryMappedFileAccess.ReadWrite);
                byte* pointer = null;
                views[c]!.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
                pointers[c] = (nint)(pointer + views[c]!.PointerOffset);
            }
            var wide = descriptors[3].Type == ColumnType.UInt16;
            var blockCount = (rows + blockSize - 1) / blockSize;
            Parallel.For(0, blockCount, block =>
            {
                var start = block * blockSize;
                var end = Math.Min(rows, start + blockSize);
                var lon = (float*)pointers[0];
                var lat = (float*)pointers[1];
                var value = (float*)pointers[2];
                var time = (uint*)pointers[4];
                Span<StatsAccumulator> accumulators = stackalloc StatsAccumulator[ColumnCount];
                for (var c = 0; c < ColumnCount; c++)
                {
                    accumulators[c] = StatsAccumulator.Empty;
                }
                for (var i = start; i < end; i++)
                {
                    var row = source.Get((long)(order[i] & 0xFFFF_FFFF));
                    lon[i] = row.Longitude;
                    lat[i] = row.Latitude;
                    value[i] = row.Value;
                    time[i] = row.Time;
                    if (wide)
                    {
                        ((ushort*)pointers[3])[i] = row.Category;
                    }
                    else
                    {
                        ((byte*)pointers[3])[i] = (byte)row.Category;
                    }
                    accumulators[0].Add(row.Longitude);
                    accumulators[1].Add(row.Latitude);
                    accumulators[2].Add(row.Value);
                    accumulators[3].Add(row.Category);
                    accumulators[4].Add(row.Time);
                }
                for (var c = 0; c < ColumnCount; c++)
                {
                    stats[((long)block * ColumnCount) + c] = accumulators[c].ToStats();
                }
            });
        }
        finally
        {
            for (var c = 0; c < ColumnCount; c++)
            {
                if (views[c] is { } view)
                {
                    view.Flush();
                    view.SafeMemoryMappedViewHandle.ReleasePointer();
                    view.Dispose();
                }
                maps[c]?.Dispose();
            }
        }
    }

    private static ColumnDescriptor[] WithBounds(ColumnDescriptor[] descriptors, BlockColumnStats[] stats)
    {
        var result = new ColumnDescriptor[descriptors.Length];
        for (var c = 0; c < descriptors.Length; c++)
        {
            double min = double.NaN, max = double.NaN;
            for (var i = c; i < stats.Length; i += descriptors.Length)
            {
                if (stats[i].HasFinite)
                {
                    min = double.IsNaN(min) ? stats[i].Min : Math.Min(min, stats[i].Min);
                    max = double.IsNaN(max) ? stats[i].Max : Math.Max(max, stats[i].Max);
                }
            }
            result[c] = descriptors[c] with { Min = min, Max = max };
        }
        return result;
    }

    private struct StatsAccumulator
    {
        public static readonly StatsAccumulator Empty = new() { _min = double.NaN, _max = double.NaN };

        private double _min;
        private double _max;
        private int _nonFinite;

        public void Add(double value)
        {
            if (!double.IsFinite(value))
            {
                _nonFinite++;
                return;
            }
            if (double.IsNaN(_min))
            {
                _min = value;
                _max = value;
                return;
            }
            _min = Math.Min(_min, value);
            _max = Math.Max(_max, value);
        }

        public readonly BlockColumnStats ToStats() => new(_min, _max, _nonFinite, 0);
    }
}
