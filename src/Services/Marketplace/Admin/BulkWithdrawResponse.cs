namespace Agrovet.Marketplace.Admin;

/// <summary>Which of the named ads this call withdrew, which were withdrawn already and which do not exist.</summary>
public sealed record BulkWithdrawResponse(IReadOnlyList<long> Withdrawn, IReadOnlyList<long> AlreadyWithdrawn, IReadOnlyList<long> NotFound);
