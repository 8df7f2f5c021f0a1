using System.Reflection;
using System.Text.Json;
using Agrovet.AppHost.OpenApi;
using Agrovet.AppHost.Platform;
using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.EndToEnd.Tests;

/// <summary>
/// docs/openapi/ holds every service's OpenAPI document as the service produces it: each service of the catalog whose
/// project exists (a new one included, with no test to add) writes its document with its own <c>openapi</c> verb,
/// which must equal the committed one; and every operation in them is documented.
/// </summary>
public sealed class ApiReferenceInTheRepository
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    [Fact]
    public async Task Every_service_produces_exactly_its_committed_document()
    {
        var root = PlatformFixture.RepoRoot();
        var configuration = typeof(ApiReferenceInTheRepository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;
        var written = Path.Combine(Path.GetTempPath(), $"agrovet-openapi-{Guid.NewGuid():N}");
        try
        {
            await ServiceDocumentWriter.WriteAllAsync(root, configuration, written, TestContext.Current.CancellationToken);
            var present = ServiceProjects.Present(root);
            var failures = present
                .Select(s => CommittedDocuments.DifferenceFrom(s, File.ReadAllText(Path.Combine(written, ServiceDocumentWriter.FileName(s))), $"the {s.Name} service produces"))
                .OfType<string>()
                .ToList();
            var expected = present.Select(ServiceDocumentWriter.FileName).ToHashSet(StringComparer.Ordinal);
            failures.AddRange(Directory.EnumerateFiles(CommittedDocuments.Directory, "*.json").Select(Path.GetFileName).OfType<string>()
                .Where(f => !expected.Contains(f))
                .Select(f => $"docs/openapi/{f} belongs to no service whose project exists; delete it, or run {ServiceDocumentWriter.RegenerateCommand}."));
            Assert.True(failures.Count == 0, string.Join('\n', failures));
        }
        finally
        {
            if (Directory.Exists(written))
            {
                Directory.Delete(written, recursive: true);
            }
        }
    }

    [Fact]
    public void Every_operation_has_a_summary_a_description_tags_an_id_described_parameters_and_problem_json_refusals()
    {
        var gaps = new List<string>();
        foreach (var service in ServiceProjects.Present(PlatformFixture.RepoRoot()).Where(s => File.Exists(CommittedDocuments.PathOf(s))))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(CommittedDocuments.PathOf(service)));
            foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name, StringComparer.Ordinal)))
                {
                    gaps.AddRange(GapsOf(operation.Value).Select(gap => $"{service.Name}: {operation.Name.ToUpperInvariant()} {path.Name}: {gap}"));
                }
            }
        }

        Assert.True(gaps.Count == 0,
            "Document these in the endpoint's Map call (.WithSummary, .WithDescription, .WithTags, .WithParameterDescription, "
            + $".ProducesProblem; see src/BuildingBlocks/Agrovet.ServiceDefaults/OpenApi/README.md), then run {ServiceDocumentWriter.RegenerateCommand}:\n"
            + string.Join('\n', gaps));
    }

    private static IEnumerable<string> GapsOf(JsonElement operation)
    {
        foreach (var field in new[] { "summary", "description", "operationId" })
        {
            if (!operation.TryGetProperty(field, out var value) || string.IsNullOrWhiteSpace(value.GetString()))
            {
                yield return $"no {field}";
            }
        }

        if (!operation.TryGetProperty("tags", out var tags) || tags.GetArrayLength() == 0)
        {
            yield return "no tags";
        }

        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateArray().Where(p => !p.TryGetProperty("description", out var d) || string.IsNullOrWhiteSpace(d.GetString())))
            {
                yield return $"parameter '{parameter.GetProperty("name").GetString()}' has no description";
            }
        }

        foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
        {
            if (!response.Value.TryGetProperty("content", out var content) || !content.TryGetProperty("application/problem+json", out _))
            {
                yield return $"response {response.Name} is not application/problem+json";
            }
        }
    }
}
