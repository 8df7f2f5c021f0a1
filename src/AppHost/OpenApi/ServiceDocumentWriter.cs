using Agrovet.AppHost.Platform;
using Agrovet.LocalInfrastructure;
using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.AppHost.OpenApi;

/// <summary>
/// Each service's OpenAPI document, as the repository keeps it in <c>docs/openapi/{service}.json</c>: written by the
/// service's own <c>openapi</c> verb (the document it serves at <c>/openapi/v1.json</c>, produced without serving), for
/// every catalog service whose project exists, the gateway included.
/// </summary>
public static class ServiceDocumentWriter
{
    /// <summary>What rewrites the committed documents (and the web app's types generated from them).</summary>
    public const string RegenerateCommand = "./agrovet openapi";

    public static string CommittedDirectory(string repoRoot) => Path.Combine(repoRoot, "docs", "openapi");

    public static string FileName(ServiceDefinition service) => service.Name + ".json";

    /// <summary>Writes the document of every present service into <paramref name="directory"/>; returns the files written.</summary>
    public static async Task<IReadOnlyList<string>> WriteAllAsync(string repoRoot, string configuration, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var logs = Path.Combine(Path.GetTempPath(), $"agrovet-openapi-{Guid.NewGuid():N}");
        try
        {
            return await Task.WhenAll(ServiceProjects.Present(repoRoot).Select(s => WriteAsync(s, repoRoot, configuration, directory, logs, cancellationToken)));
        }
        finally
        {
            if (Directory.Exists(logs))
            {
                Directory.Delete(logs, recursive: true);
            }
        }
    }

    private static async Task<string> WriteAsync(
        ServiceDefinition service, string repoRoot, string configuration, string directory, string logs, CancellationToken cancellationToken)
    {
        var assembly = service.AssemblyPath(repoRoot, configuration);
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"{assembly} is not built. Build first: dotnet build Agrovet.slnx -c {configuration}", assembly);
        }

        var output = Path.GetFullPath(Path.Combine(directory, FileName(service)));
        var environment = new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Production", ["ASPNETCORE_ENVIRONMENT"] = "Production" };
        await using var process = DotnetProcess.Start(service.Name, assembly, ["openapi", "--out", output], environment, Path.Combine(logs, service.Name + ".log"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException($"'{service.Name} openapi' failed (exit {process.ExitCode}):\n{process.LogTail()}");
        }

        return output;
    }
}
