namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>Endpoint metadata: what one of its parameters means (<see cref="OpenApiEndpointExtensions.WithParameterDescription{TBuilder}"/>).</summary>
public sealed record ParameterDescription(string Name, string Description);
