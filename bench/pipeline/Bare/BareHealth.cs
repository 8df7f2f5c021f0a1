namespace Agrovet.Bench.Bare;

internal sealed record BareHealth(string Status, string Service, double DurationMs, IReadOnlyDictionary<string, BareCheck> Checks);
