namespace Agrovet.Compute.Datasets;

/// <summary>The first and last instant of a dataset's points.</summary>
public sealed record DatasetPeriod(DateTimeOffset From, DateTimeOffset To);
