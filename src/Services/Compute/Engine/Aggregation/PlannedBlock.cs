namespace Agrovet.Compute.Engine.Aggregation;

/// <summary>A block to read, and which filters its rows still need.</summary>
internal readonly record struct PlannedBlock(int Block, bool CheckTime, bool CheckValue, bool CheckCategory);
