global using Agrovet.Compute.Engine.Aggregation;
global using Agrovet.Compute.Engine.Canvas;
global using Agrovet.Compute.Engine.Datasets;
global using Agrovet.Compute.Engine.Rendering;
global using Xunit;
