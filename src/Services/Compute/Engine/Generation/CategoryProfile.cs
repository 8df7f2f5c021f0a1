namespace Agrovet.Compute.Engine.Generation;

/// <summary>A category of a synthetic dataset: its name, how common it is, its typical value and its peak day of year.</summary>
public sealed record CategoryProfile(string Name, double Share, double TypicalValue, int PeakDayOfYear);
