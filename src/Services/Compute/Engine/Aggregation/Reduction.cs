namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>What each pixel holds, as Datashader's reductions.</summary>
public enum Reduction
{
    /// <summary>Points in the pixel (uint32; 0 where empty).</summary>
    Count,

    /// <summary>Sum of the column's finite values (NaN where no value).</summary>
    Sum,

    /// <summary>Mean of the column's finite values (NaN where no value).</summary>
    Mean,

    /// <summary>Smallest finite value (NaN where no value).</summary>
    Min,

    /// <summary>Largest finite value (NaN where no value).</summary>
    Max,

    /// <summary>Population standard deviation of the finite values (NaN where no value).</summary>
    Std,

    /// <summary>Points per category in the pixel (uint32, pixel-major: [pixel * categories + category]).</summary>
    CountCategorical,
}
