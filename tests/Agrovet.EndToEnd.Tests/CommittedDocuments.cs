using System.Text.Json.Nodes;
using Agrovet.AppHost.OpenApi;
using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.EndToEnd.Tests;

/// <summary>The OpenAPI documents the repository keeps in docs/openapi/, compared as JSON (not as text) with what a service produces.</summary>
internal static class CommittedDocuments
{
    public static string Directory => ServiceDocumentWriter.CommittedDirectory(PlatformFixture.RepoRoot());

    public static string PathOf(ServiceDefinition service) => System.IO.Path.Combine(Directory, ServiceDocumentWriter.FileName(service));

    /// <summary>Null when the document is the committed one; else what differs and how to regenerate.</summary>
    public static string? DifferenceFrom(ServiceDefinition service, string actualJson, string source)
    {
        var path = PathOf(service);
        var relative = $"docs/openapi/{ServiceDocumentWriter.FileName(service)}";
        if (!File.Exists(path))
        {
            return $"{relative} is missing: {service.Name} has no committed API reference. Write it with {ServiceDocumentWriter.RegenerateCommand} and commit it.";
        }

        var committed = JsonNode.Parse(File.ReadAllText(path));
        var actual = JsonNode.Parse(actualJson);
        if (JsonNode.DeepEquals(committed, actual))
        {
            return null;
        }

        return $"{relative} is not what {source} ({FirstDifference(committed, actual, "$")}). "
            + $"Regenerate it with {ServiceDocumentWriter.RegenerateCommand} and commit docs/openapi and src/Web/src/api/generated.";
    }

    private static string FirstDifference(JsonNode? committed, JsonNode? actual, string at)
    {
        switch (committed, actual)
        {
            case (JsonObject c, JsonObject a):
                foreach (var key in c.Select(p => p.Key).Union(a.Select(p => p.Key)))
                {
                    if (!c.ContainsKey(key))
                    {
                        return $"{at}.{key} is new";
                    }

                    if (!a.ContainsKey(key))
                    {
                        return $"{at}.{key} is gone";
                    }

                    if (!JsonNode.DeepEquals(c[key], a[key]))
                    {
                        return FirstDifference(c[key], a[key], $"{at}.{key}");
                    }
                }

                break;
            case (JsonArray c, JsonArray a) when c.Count == a.Count:
                for (var i = 0; i < c.Count; i++)
                {
                    if (!JsonNode.DeepEquals(c[i], a[i]))
                    {
                        return FirstDifference(c[i], a[i], $"{at}[{i}]");
                    }
                }

                break;
        }

        return $"{at} was {Shorten(committed)}, is now {Shorten(actual)}";
    }

    private static string Shorten(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "absent";
        return text.Length <= 120 ? text : text[..117] + "...";
    }
}
