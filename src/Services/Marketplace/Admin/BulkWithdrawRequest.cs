namespace Agrovet.Marketplace.Admin;

public sealed record BulkWithdrawRequest(IReadOnlyList<long>? Ids);
