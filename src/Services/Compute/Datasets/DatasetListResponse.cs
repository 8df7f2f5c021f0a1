namespace Agrovet.Compute.Datasets;

/// <summary>
/// The datasets, in the platform's list shape, with the state of the folder: <c>ready</c>, <c>preparing</c> (the
/// default datasets are being generated; ask again in a few seconds) or <c>empty</c> (none, and none coming: generate
/// them with <c>./agrovet datasets</c>); <c>detail</c> says it in words.
/// </summary>
public sealed record DatasetListResponse(
    long Count,
    string? Next,
    string? Previous,
    IReadOnlyList<DatasetResponse> Results,
    string Status,
    string? Detail);
