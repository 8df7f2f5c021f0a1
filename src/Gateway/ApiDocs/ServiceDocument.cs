using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.Gateway.ApiDocs;

/// <summary>A service's OpenAPI document as last fetched, or why it could not be.</summary>
public sealed record ServiceDocument(ServiceDefinition Service, byte[]? Json, string? Failure)
{
    public bool Available => Json is not null;
}
