namespace Agrovet.Compute.Engine.Shading;

/// <summary>A category of a count_cat legend: its name, its colour and its points in the view.</summary>
public sealed record LegendCategory(string Name, string Color, long Count);
