namespace Agrovet.Gateway.ApiDocs;

/// <summary>Where the platform's API reference lives on the gateway.</summary>
public static class ApiDocsPaths
{
    /// <summary>The browsable reference of every service.</summary>
    public const string Page = "/api/docs";

    /// <summary>The gateway's own OpenAPI document (its endpoints: the platform's services, health).</summary>
    public const string GatewayDocument = "/openapi/v1.json";

    /// <summary>Where each service's own document is fetched from, on its internal URL.</summary>
    public const string ServiceDocument = "/openapi/v1.json";

    /// <summary>A service's OpenAPI document, as the gateway serves it.</summary>
    public static string Document(string service) => $"{Page}/{service}.json";

    /// <summary>A stand-in document that says the service is unavailable, for the reference page.</summary>
    public static string Unavailable(string service) => $"{Page}/unavailable/{service}.json";
}
