using Agrovet.ServiceDefaults.Configuration;

namespace Agrovet.AppHost.Platform;

/// <summary>Where a catalog service's project and build output are in a checkout.</summary>
public static class ServiceProjects
{
    /// <summary>The catalog's services whose project exists in the checkout, in start order: a service appears in <c>./agrovet up</c> as soon as its folder lands.</summary>
    public static IReadOnlyList<ServiceDefinition> Present(string repoRoot) =>
        [.. ServiceCatalog.All.Where(s => File.Exists(s.ProjectFile(repoRoot)))];

    public static string ProjectFile(this ServiceDefinition service, string repoRoot) =>
        Path.Combine(repoRoot, service.ProjectDirectory, service.AssemblyName + ".csproj");

    public static string AssemblyPath(this ServiceDefinition service, string repoRoot, string configuration) =>
        Path.Combine(repoRoot, service.ProjectDirectory, "bin", configuration, "net10.0", service.AssemblyName + ".dll");
}
