namespace Agrovet.Compute.Engine.Shading;

/// <summary>A colour of a continuous legend and the aggregate value it stands for.</summary>
public sealed record LegendStop(double Value, string Color);
