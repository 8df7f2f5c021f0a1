using Agrovet.LocalInfrastructure;

namespace Agrovet.Testing;

/// <summary>
/// A scratch directory /tmp/agrovet-test-&lt;purpose&gt;-&lt;guid&gt; owned by this test process: deleted on dispose, and, if
/// the process dies first, swept (servers in it stopped) by the next test run.
/// </summary>
public sealed class TestDirectory : IDisposable
{
    public const string Prefix = "agrovet-test-";
    internal const string TemporaryRoot = "/tmp";
    internal const string OwnerFileName = "owner";

    private TestDirectory(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>Creates the directory with an owner file naming this process.</summary>
    public static TestDirectory Create(string purpose) => CreateIn(TemporaryRoot, purpose);

    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Deletes the directory; stop any server running in it first.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort; the next run's sweep removes what is left.
        }
    }

    internal static TestDirectory CreateIn(string root, string purpose)
    {
        var path = System.IO.Path.Combine(root, $"{Prefix}{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        File.WriteAllText(System.IO.Path.Combine(path, OwnerFileName), ProcessIdentity.Current.ToString());
        return new TestDirectory(path);
    }
}
