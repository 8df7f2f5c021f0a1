namespace Agrovet.Compute.Engine.Datasets;

/// <summary>
/// Rows to write, by index, in any order and from any thread: the writer reads each row twice (once for its Morton key,
/// once in sorted order), so a generator can recompute rows instead of holding them all.
/// </summary>
public interface IObservationSource
{
    long Count { get; }

    Observation Get(long index);
}
