namespace Agrovet.Bench.Bare;

internal sealed record BareCheck(string Status, double DurationMs, string? Description);
