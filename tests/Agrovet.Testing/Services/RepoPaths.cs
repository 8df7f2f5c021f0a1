using System.Reflection;

namespace Agrovet.Testing;

/// <summary>Finds the repository and the build output of its services (same configuration as the tests).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    /// <summary>e.g. <c>ServiceAssembly("src/Services/Auth", "Agrovet.Auth")</c>. The test project must reference that project
    /// (<c>ReferenceOutputAssembly="false"</c>) so it is built.</summary>
    public static string ServiceAssembly(string projectDirectory, string assemblyName)
    {
        var path = Path.Combine(Root, projectDirectory, "bin", Configuration, "net10.0", assemblyName + ".dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} is not built. Add a ProjectReference to it with ReferenceOutputAssembly=\"false\" in the test project, or build it: dotnet build -c {Configuration}.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Agrovet.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Agrovet.slnx not found above " + AppContext.BaseDirectory);
    }
}
