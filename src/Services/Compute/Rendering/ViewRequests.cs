using System.Diagnostics.CodeAnalysis;
using Agrovet.Compute.Datasets;
using Agrovet.Compute.Engine.Rendering;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Compute.Rendering;

/// <summary>Checks a parameter set with the engine's <see cref="RenderParameters"/> against the datasets of the store.</summary>
public static class ViewRequests
{
    /// <summary>
    /// True with the request and a lease on its dataset (dispose it when done), or false with the errors by field.
    /// </summary>
    public static bool TryParse(DatasetStore store, IReadOnlyDictionary<string, string?> parameters,
        [NotNullWhen(true)] out DatasetLease? lease, [NotNullWhen(true)] out RenderRequest? request,
        [NotNullWhen(false)] out IReadOnlyDictionary<string, string[]>? errors)
    {
        DatasetLease? leased = null;
        var outcome = RenderParameters.Parse(parameters, name =>
        {
            leased ??= store.Lease(name);
            return leased?.Dataset;
        });
        switch (outcome)
        {
            case RenderParametersOutcome.Valid valid when leased is not null:
                lease = leased;
                request = valid.Request;
                errors = null;
                return true;
            case RenderParametersOutcome.Invalid invalid:
                leased?.Dispose();
                lease = null;
                request = null;
                errors = invalid.Errors;
                return false;
            default:
                leased?.Dispose();
                throw new InvalidOperationException("The parameters were valid but no dataset was leased.");
        }
    }

    /// <summary>The 400 problem+json of a refused parameter set.</summary>
    public static ValidationProblem Problem(IReadOnlyDictionary<string, string[]> errors)
    {
        var problem = new ValidationErrors();
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                problem.Add(field, message);
            }
        }
        return problem.ToProblem(Messages.InvalidParameters);
    }
}
