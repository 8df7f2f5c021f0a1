namespace Agrovet.Bench.Soak;

/// <summary>One request of the workload: what it was, how long it took, and whether it did what was asked.</summary>
internal readonly record struct Outcome(string Operation, double Milliseconds, bool Ok, int Status);
