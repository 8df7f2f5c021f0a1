using System.Text.Json.Nodes;
using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.Gateway.ApiDocs;

/// <summary>What the reference page shows for a service that did not answer: an empty document that says so.</summary>
public static class UnavailableStub
{
    public static JsonObject For(ServiceDefinition service) => new()
    {
        ["openapi"] = "3.1.1",
        ["info"] = new JsonObject
        {
            ["title"] = $"Agrovet {service.Name} API (unavailable)",
            ["version"] = "unavailable",
            ["description"] = $"The {service.Name} service did not answer when this page was loaded, so its reference cannot be shown. Start it (./agrovet up) or check its logs, then reload this page.",
        },
        ["paths"] = new JsonObject(),
    };
}
