using Agrovet.Compute.Engine.Datasets;

namespace Agrovet.Compute.Engine.Rendering;

/// <summary>What checking a parameter set came to: a request to render, or errors by field (a 400 problem+json).</summary>
public abstract record RenderParametersOutcome
{
    private RenderParametersOutcome()
    {
    }

    public sealed record Valid(RenderRequest Request, Dataset Dataset) : RenderParametersOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : RenderParametersOutcome;
}
