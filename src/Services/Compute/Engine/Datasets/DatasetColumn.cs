namespace Agrovet.Compute.Engine.Datasets;

/// <summary>A column of an open dataset: its descriptor, its index in the manifest and its mapped values.</summary>
public sealed unsafe class DatasetColumn
{
    internal DatasetColumn(ColumnDescriptor descriptor, int index, byte* data)
    {
        Descriptor = descriptor;
        Index = index;
        Data = data;
    }

    public ColumnDescriptor Descriptor { get; }

    public int Index { get; }

    public string Name => Descriptor.Name;

    internal byte* Data { get; }

    internal float* Floats => (float*)Data;
}
