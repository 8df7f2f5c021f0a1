using System.Text.Json;

namespace Agrovet.Compute.Engine.Datasets;

/// <summary>
/// An open dataset: its manifest, its columns memory-mapped read-only, and its block bounds. Reading a view touches only
/// the pages of the blocks it overlaps. Thread-safe for reading; dispose once nobody renders from it.
/// </summary>
public sealed unsafe class Dataset : IDisposable
{
    private readonly List<MappedFile> _files = [];
    private readonly DatasetColumn[] _columns;
    private readonly BlockColumnStats* _blocks;

    private Dataset(string folder, DatasetManifest manifest, Dataset? sample)
    {
        Folder = folder;
        Manifest = manifest;
        Sample = sample;
        try
        {
            var blocks = Map(Path.Combine(folder, DatasetFiles.Blocks));
            var expected = (long)manifest.BlockCount * manifest.Columns.Count * BlockColumnStats.Size;
            if (blocks.Length != expected)
            {
                throw new InvalidDataException($"{DatasetFiles.Blocks} of '{manifest.Name}' has {blocks.Length} bytes, expected {expected}.");
            }
            _blocks = (BlockColumnStats*)blocks.Pointer;
            _columns = new DatasetColumn[manifest.Columns.Count];
            for (var i = 0; i < _columns.Length; i++)
            {
                var descriptor = manifest.Columns[i];
                var file = Map(Path.Combine(folder, descriptor.FileName));
                if (file.Length != manifest.Rows * descriptor.ByteWidth)
                {
                    throw new InvalidDataException($"{descriptor.FileName} of '{manifest.Name}' has {file.Length} bytes, expected {manifest.Rows * descriptor.ByteWidth}.");
                }
                _columns[i] = new DatasetColumn(descriptor, i, file.Pointer);
            }
            Longitude = Column(ColumnRole.Longitude);
            Latitude = Column(ColumnRole.Latitude);
            Value = Column(ColumnRole.Value);
            Category = Column(ColumnRole.Category);
            Time = Column(ColumnRole.Time);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Folder { get; }

    public DatasetManifest Manifest { get; }

    public string Name => Manifest.Name;

    public long Rows => Manifest.Rows;

    public int BlockSize => Manifest.BlockSize;

    public int BlockCount => Manifest.BlockCount;

    /// <summary>The stored subsample used for previews, or null.</summary>
    public Dataset? Sample { get; }

    public IReadOnlyList<DatasetColumn> Columns => _columns;

    public DatasetColumn Longitude { get; }

    public DatasetColumn Latitude { get; }

    public DatasetColumn Value { get; }

    public DatasetColumn Category { get; }

    public DatasetColumn Time { get; }

    public static Dataset Open(string folder)
    {
        var manifest = ReadManifest(folder);
        var sampleFolder = Path.Combine(folder, DatasetFiles.SampleFolder);
        var sample = File.Exists(Path.Combine(sampleFolder, DatasetFiles.Manifest)) ? Open(sampleFolder) : null;
        try
        {
            return new Dataset(folder, manifest, sample);
        }
        catch
        {
            sample?.Dispose();
            throw;
        }
    }

    public static DatasetManifest ReadManifest(string folder)
    {
        using var stream = File.OpenRead(Path.Combine(folder, DatasetFiles.Manifest));
        var manifest = JsonSerializer.Deserialize<DatasetManifest>(stream, DatasetFiles.Json)
            ?? throw new InvalidDataException($"{folder}/{DatasetFiles.Manifest} is empty.");
        if (manifest.Format != DatasetManifest.CurrentFormat)
        {
            throw new InvalidDataException($"{folder} has format {manifest.Format}; this engine reads format {DatasetManifest.CurrentFormat}: generate it again.");
        }
        return manifest;
    }

    /// <summary>The column of that name, or null.</summary>
    public DatasetColumn? FindColumn(string name) =>
        Array.Find(_columns, column => string.Equals(column.Name, name, StringComparison.OrdinalIgnoreCase));

    public DatasetColumn Column(ColumnRole role) => Array.Find(_columns, column => column.Descriptor.Role == role)
        ?? throw new InvalidDataException($"Dataset '{Manifest.Name}' has no {role} column.");

    /// <summary>Bounds of a column within a block.</summary>
    public BlockColumnStats BlockStats(int block, DatasetColumn column) => _blocks[((long)block * _columns.Length) + column.Index];

    public int BlockStart(int block) => block * BlockSize;

    public int BlockLength(int block) => (int)Math.Min(BlockSize, Rows - ((long)block * BlockSize));

    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Dispose();
        }
        _files.Clear();
        Sample?.Dispose();
    }

    private MappedFile Map(string path)
    {
        var file = new MappedFile(path);
        _files.Add(file);
        return file;
    }
}
