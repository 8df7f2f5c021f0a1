namespace Agrovet.AppHost.Platform;

/// <summary>One process of the platform: where its project lives, its port, and its database if it has one.</summary>
public sealed record ServiceDefinition(
    string Name,
    string ProjectDirectory,
    string AssemblyName,
    string UrlVariable,
    int DefaultPort,
    string? Database,
    string? Role,
    IReadOnlyList<string> SetupCommands)
{
    public bool HasDatabase => Database is not null;

    public string ProjectFile(string repoRoot) => Path.Combine(repoRoot, ProjectDirectory, AssemblyName + ".csproj");

    public string AssemblyPath(string repoRoot, string configuration) =>
        Path.Combine(repoRoot, ProjectDirectory, "bin", configuration, "net10.0", AssemblyName + ".dll");
}
