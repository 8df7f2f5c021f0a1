namespace Agrovet.Compute.Engine.Canvas;

/// <summary>A closed range [Min, Max].</summary>
public readonly record struct Interval(double Min, double Max)
{
    public double Length => Max - Min;

    public bool Contains(double value) => value >= Min && value <= Max;

    public override string ToString() => FormattableString.Invariant($"[{Min}, {Max}]");
}
