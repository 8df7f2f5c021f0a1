namespace Agrovet.Compute.Export;

/// <summary>
/// One thing that happened on the platform, as an activity dataset keeps it until it is exported: where (a region's
/// name as people wrote it, and a currency that tells apart regions of the same name), what (a category of the
/// dataset), how much, and when (Unix seconds). Placed on the map at export time, so a better region table moves old
/// records too. A record with no region but an <paramref name="Author"/> is placed at the region of the author's profile
/// as known at export time (a profile written after the post still places it).
/// </summary>
public sealed record ActivityRecord(string? Region, string? Currency, string Category, double Value, long Time, long? Author = null);
