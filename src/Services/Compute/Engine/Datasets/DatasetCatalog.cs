using System.Collections.Concurrent;

namespace Agrovet.Compute.Engine.Datasets;

/// <summary>The datasets of a folder (one sub-folder each), opened once on first use and kept mapped.</summary>
public sealed class DatasetCatalog(string folder) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Dataset?>> _open = new(StringComparer.Ordinal);

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Manifests of the datasets present, by name.</summary>
    public IReadOnlyList<DatasetManifest> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        var manifests = new List<DatasetManifest>();
        foreach (var directory in Directory.EnumerateDirectories(Folder).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(directory, DatasetFiles.Manifest)))
            {
                manifests.Add(TryOpen(Path.GetFileName(directory))?.Manifest ?? Dataset.ReadManifest(directory));
            }
        }
        return manifests;
    }

    /// <summary>The dataset of that name, or null when there is none (names are folder names, nothing else).</summary>
    public Dataset? TryOpen(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(['/', '\\']) >= 0 || name.StartsWith('.'))
        {
            return null;
        }
        var folder = Path.Combine(Folder, name);
        if (!File.Exists(Path.Combine(folder, DatasetFiles.Manifest)))
        {
            return null;
        }
        return _open.GetOrAdd(name, _ => new Lazy<Dataset?>(() => Dataset.Open(folder))).Value;
    }

    public void Dispose()
    {
        foreach (var dataset in _open.Values)
        {
            if (dataset.IsValueCreated)
            {
                dataset.Value?.Dispose();
            }
        }
        _open.Clear();
    }
}
