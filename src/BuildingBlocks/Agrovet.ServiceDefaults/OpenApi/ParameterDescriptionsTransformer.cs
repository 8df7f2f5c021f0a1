using Agrovet.ServiceDefaults.Pagination;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>
/// Gives each parameter its description: the endpoint's own (<see cref="OpenApiEndpointExtensions.WithParameterDescription{TBuilder}"/>),
/// else the shared meaning of the parameters every list and detail endpoint has; and marks required those the endpoint says it requires.
/// </summary>
internal sealed class ParameterDescriptionsTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Common = new(StringComparer.Ordinal)
    {
        ["id"] = "The id of the object, as a list or the answer that created it gives it.",
        ["page"] = "The page to return, from 1 (default 1). A page past the last one is empty.",
        ["page_size"] = $"Items per page, from 1 to {PageRequest.MaxSize} (default {PageRequest.DefaultSize}).",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var own = context.Description.ActionDescriptor.EndpointMetadata.OfType<ParameterDescription>()
            .ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is not { } name)
            {
                continue;
            }

            if (own.TryGetValue(name, out var described))
            {
                parameter.Description = described.Description;
                parameter.Required |= described.Required;
            }
            else if (string.IsNullOrEmpty(parameter.Description) && Common.TryGetValue(name, out var common))
            {
                parameter.Description = common;
            }
        }

        return Task.CompletedTask;
    }
}
