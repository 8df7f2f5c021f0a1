namespace Agrovet.Compute.Engine.Datasets;

/// <summary>What a column means to the pipeline; a dataset has exactly one column of each role.</summary>
public enum ColumnRole
{
    /// <summary>Longitude in degrees (float32), the default x.</summary>
    Longitude,

    /// <summary>Latitude in degrees (float32), the default y.</summary>
    Latitude,

    /// <summary>The measured quantity (float32): a yield, a price, a head count.</summary>
    Value,

    /// <summary>Dictionary code (uint8 or uint16) into the manifest's categories.</summary>
    Category,

    /// <summary>Unix time in seconds (uint32).</summary>
    Time,
}
