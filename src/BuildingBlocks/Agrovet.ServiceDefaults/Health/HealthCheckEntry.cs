namespace Agrovet.ServiceDefaults.Health;

public sealed record HealthCheckEntry(string Status, double DurationMs, string? Description);
