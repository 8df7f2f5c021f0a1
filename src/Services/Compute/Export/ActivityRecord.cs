namespace Agrovet.Compute.Export;

/// <summary>
/// One thing that happened on the platform, as an activity dataset keeps it until it is exported: where (a region's
/// name as people wrote it, and a currency that tells apart regions of the same name), what (a category of the
/// dataset), how much, and when (Unix seconds). Placed on the map at export time, so a better region table moves old
/// records too.
/// </summary>
public sealed record ActivityRecord(string? Region, string? Currency, string Category, double Value, long Time);
