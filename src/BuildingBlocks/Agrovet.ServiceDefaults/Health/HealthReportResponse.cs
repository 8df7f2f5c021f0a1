namespace Agrovet.ServiceDefaults.Health;

public sealed record HealthReportResponse(string Status, string Service, double DurationMs, IReadOnlyDictionary<string, HealthCheckEntry> Checks);
