using Microsoft.AspNetCore.Builder;

namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>The OpenAPI metadata an endpoint adds beside <c>.WithSummary</c>, <c>.WithDescription</c> and <c>.ProducesProblem</c>.</summary>
public static class OpenApiEndpointExtensions
{
    /// <summary>
    /// Describes a query, header or path parameter by its name on the wire (<c>page_size</c>, <c>Idempotency-Key</c>).
    /// The common ones (<c>id</c>, <c>page</c>, <c>page_size</c>) are described for every endpoint already.
    /// <paramref name="required"/> marks one the endpoint binds as optional but refuses without (it answers its own
    /// validation error), so the document says what the endpoint enforces.
    /// </summary>
    public static TBuilder WithParameterDescription<TBuilder>(this TBuilder builder, string name, string description, bool required = false)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new ParameterDescription(name, description, required));
        return builder;
    }
}
