using Agrovet.Compute.Engine.Datasets;
using Microsoft.Extensions.Options;

namespace Agrovet.Compute.Datasets;

/// <summary>
/// The datasets of the service's folder (one sub-folder each), opened on first use and kept memory-mapped. A dataset
/// can be replaced while it is being read (the platform's own datasets are rebuilt periodically): the new version is
/// written aside and moved in, new requests get it at once, and the old one stays mapped until the last request that
/// leased it is done, then its folder is deleted. Every reader holds a <see cref="DatasetLease"/> while it reads.
/// </summary>
public sealed class DatasetStore : IDisposable
{
    public const string StagingFolder = ".staging";
    public const string RetiredFolder = ".retired";

    private readonly Dictionary<string, OpenDataset> _open = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly ILogger<DatasetStore> _logger;
    private bool _disposed;

    public DatasetStore(IOptions<ComputeOptions> options, ILogger<DatasetStore> logger)
    {
        _logger = logger;
        Folder = Path.GetFullPath(options.Value.ResolveDatasetsDirectory());
        Directory.CreateDirectory(Folder);
        // What a previous process left half-written or retired (not what one running now is writing).
        foreach (var leftover in new[] { StagingFolder, RetiredFolder }
            .Select(name => Path.Combine(Folder, name))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Where(folder => Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1)))
        {
            TryDelete(leftover);
        }
    }

    public string Folder { get; }

    /// <summary>Set while the default datasets are being generated: the list says so instead of looking empty.</summary>
    public bool Preparing { get; set; }

    /// <summary>Names of the datasets present (folders with a manifest), in order.</summary>
    public IReadOnlyList<string> Names() =>
    [
        .. Directory.EnumerateDirectories(Folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => IsValidName(name) && File.Exists(Path.Combine(Folder, name, DatasetFiles.Manifest)))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The dataset of that name for as long as the lease is held, or null when there is none.</summary>
    public DatasetLease? Lease(string name)
    {
        if (!IsValidName(name))
        {
            return null;
        }
        var folder = Path.Combine(Folder, name);
        var manifest = Path.Combine(folder, DatasetFiles.Manifest);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_open.TryGetValue(name, out var entry) && entry.Version != VersionOf(manifest))
            {
                // Replaced or removed by another process (./agrovet datasets while the service runs): its files were
                // moved or deleted there, so only the mapping is let go here.
                _open.Remove(name);
                entry.Folder = null;
                entry.Retired = true;
                ReleaseIfUnused(entry);
                entry = null;
            }
            if (entry is null)
            {
                if (!File.Exists(manifest))
                {
                    return null;
                }
                try
                {
                    entry = new OpenDataset(Dataset.Open(folder), folder);
                }
                catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
                {
                    _logger.LogWarning(exception, "Dataset {Dataset} cannot be opened; it is left out", name);
                    return null;
                }
                _open[name] = entry;
            }
            entry.Leases++;
            return new DatasetLease(this, entry);
        }
    }

    /// <summary>
    /// Writes a new version of <paramref name="name"/> with <paramref name="write"/> (given the folder to write it into,
    /// named as the dataset, not there yet) and puts it in place of the current one; readers of the old version finish on it.
    /// </summary>
    public void Replace(string name, Action<string> write)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"'{name}' is not a dataset name.", nameof(name));
        }
        // .staging/<unique>/<name>: a writer that puts a dataset at <root>/<name> (the generator) can be given the root.
        var stagingRoot = Path.Combine(Folder, StagingFolder, Guid.NewGuid().ToString("N"));
        var staging = Path.Combine(stagingRoot, name);
        Directory.CreateDirectory(stagingRoot);
        try
        {
            write(staging);
            if (!File.Exists(Path.Combine(staging, DatasetFiles.Manifest)))
            {
                throw new InvalidOperationException($"Writing dataset '{name}' left no {DatasetFiles.Manifest} in {staging}.");
            }
        }
        catch
        {
            TryDelete(stagingRoot);
            throw;
        }
        var target = Path.Combine(Folder, name);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (Directory.Exists(target))
            {
                var retired = Path.Combine(Folder, RetiredFolder, $"{name}-{Guid.NewGuid():N}");
                Directory.CreateDirectory(Path.GetDirectoryName(retired)!);
                Directory.Move(target, retired);
                if (_open.Remove(name, out var old))
                {
                    // Its files stay mapped under their new path until its last reader is done.
                    old.Folder = retired;
                    old.Retired = true;
                    ReleaseIfUnused(old);
                }
                else
                {
                    TryDelete(retired);
                }
            }
            Directory.Move(staging, target);
        }
        TryDelete(stagingRoot);
    }

    /// <summary>Takes a dataset away (its readers finish on it first).</summary>
    public void Remove(string name)
    {
        if (!IsValidName(name))
        {
            return;
        }
        var target = Path.Combine(Folder, name);
        lock (_lock)
        {
            if (!Directory.Exists(target))
            {
                return;
            }
            var retired = Path.Combine(Folder, RetiredFolder, $"{name}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(Path.GetDirectoryName(retired)!);
            Directory.Move(target, retired);
            if (_open.Remove(name, out var old))
            {
                old.Folder = retired;
                old.Retired = true;
                ReleaseIfUnused(old);
            }
            else
            {
                TryDelete(retired);
            }
        }
    }

    /// <summary>Dataset names are folder names: no separators, no leading dot (staging and retired folders).</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= 128 && name.IndexOfAny(['/', '\\', '\0']) < 0 && !name.StartsWith('.');

    internal void Release(OpenDataset entry)
    {
        lock (_lock)
        {
            entry.Leases--;
            ReleaseIfUnused(entry);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var entry in _open.Values)
            {
                entry.Dataset.Dispose();
            }
            _open.Clear();
        }
    }

    private void ReleaseIfUnused(OpenDataset entry)
    {
        if (entry.Retired && entry.Leases == 0)
        {
            entry.Dataset.Dispose();
            if (entry.Folder is { } folder)
            {
                TryDelete(folder);
            }
        }
    }

    /// <summary>When the manifest was written (a dataset's manifest is written last, once its files are complete); 0 when none.</summary>
    private static long VersionOf(string manifest) => File.Exists(manifest) ? File.GetLastWriteTimeUtc(manifest).Ticks : 0;

    private void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(exception, "Could not delete {Folder}", folder);
        }
    }

    /// <summary>An opened dataset, how many readers hold it, and whether a newer version has replaced it.</summary>
    internal sealed class OpenDataset(Dataset dataset, string folder)
    {
        public Dataset Dataset { get; } = dataset;

        /// <summary>Where its files are; null once another process moved them away (nothing to delete here).</summary>
        public string? Folder { get; set; } = folder;

        /// <summary>Identifies this version of the dataset (ETags): when its manifest was written.</summary>
        public long Version { get; } = VersionOf(Path.Combine(folder, DatasetFiles.Manifest));

        public int Leases { get; set; }

        public bool Retired { get; set; }
    }
}
