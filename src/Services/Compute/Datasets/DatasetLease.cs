using Agrovet.Compute.Engine.Datasets;

namespace Agrovet.Compute.Datasets;

/// <summary>A dataset held open for one reader: dispose it when done reading (the dataset may be replaced meanwhile).</summary>
public sealed class DatasetLease : IDisposable
{
    private readonly DatasetStore _store;
    private readonly DatasetStore.OpenDataset _entry;
    private int _released;

    internal DatasetLease(DatasetStore store, DatasetStore.OpenDataset entry)
    {
        _store = store;
        _entry = entry;
    }

    public Dataset Dataset => _entry.Dataset;

    /// <summary>This version of the dataset (changes when it is rebuilt).</summary>
    public long Version => _entry.Version;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _store.Release(_entry);
        }
    }
}
