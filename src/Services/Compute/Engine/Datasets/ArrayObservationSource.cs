namespace Agrovet.Compute.Engine.Datasets;

/// <summary>Rows held in memory (tests, samples, exports).</summary>
public sealed class ArrayObservationSource(IReadOnlyList<Observation> rows) : IObservationSource
{
    public long Count => rows.Count;

    public Observation Get(long index) => rows[(int)index];
}
