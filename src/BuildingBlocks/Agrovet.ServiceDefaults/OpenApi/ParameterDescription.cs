namespace Agrovet.ServiceDefaults.OpenApi;

/// <summary>Endpoint metadata: what one of its parameters means (<see cref="OpenApiEndpointExtensions.WithParameterDescription{TBuilder}"/>).</summary>
/// <param name="Required">The endpoint refuses a request without it, though its binding is optional (so that the refusal is its own validation error).</param>
public sealed record ParameterDescription(string Name, string Description, bool Required = false);
