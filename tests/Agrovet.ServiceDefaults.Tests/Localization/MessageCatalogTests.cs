using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Agrovet.ServiceDefaults.Tests.Localization;

/// <summary>
/// Every message of every service exists in English (the neutral <c>X.resx</c>) and Spanish (<c>X.es.resx</c>), with
/// text in both and the same placeholders, so no answer falls back to the other language or loses a value.
/// New services' catalogs are found by walking src/, with nothing to register.
/// </summary>
public sealed partial class MessageCatalogTests
{
    public static TheoryData<string> Catalogs() => [.. NeutralCatalogs().Select(p => Path.GetRelativePath(RepoRoot, p))];

    [Fact]
    public void Every_service_with_messages_has_a_catalog_found_here()
    {
        var catalogs = NeutralCatalogs().Select(p => Path.GetRelativePath(RepoRoot, p)).ToList();

        Assert.Contains(Path.Combine("src", "BuildingBlocks", "Agrovet.ServiceDefaults", "Localization", "SharedMessages.resx"), catalogs);
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Every_message_is_written_in_both_languages_with_the_same_placeholders(string catalog)
    {
        var english = Read(Path.Combine(RepoRoot, catalog));
        var spanishPath = Path.Combine(RepoRoot, Path.ChangeExtension(catalog, ".es.resx"));
        Assert.True(File.Exists(spanishPath), $"{catalog} has no Spanish catalog beside it ({Path.GetFileName(spanishPath)}).");
        var spanish = Read(spanishPath);

        var problems = new List<string>();
        problems.AddRange(english.Keys.Except(spanish.Keys, StringComparer.Ordinal).Select(k => $"{k}: only in English"));
        problems.AddRange(spanish.Keys.Except(english.Keys, StringComparer.Ordinal).Select(k => $"{k}: only in Spanish"));
        foreach (var (key, text) in english.Concat(spanish))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add($"{key}: empty");
            }
        }

        foreach (var key in english.Keys.Intersect(spanish.Keys, StringComparer.Ordinal))
        {
            var inEnglish = Placeholders(english[key]);
            var inSpanish = Placeholders(spanish[key]);
            if (!inEnglish.SetEquals(inSpanish))
            {
                problems.Add($"{key}: placeholders {{{string.Join("}, {", inEnglish)}}} in English but {{{string.Join("}, {", inSpanish)}}} in Spanish");
            }
        }

        Assert.True(problems.Count == 0, $"{catalog}:\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void Catalogs_are_only_in_the_languages_the_platform_speaks()
    {
        var others = Directory.EnumerateFiles(Path.Combine(RepoRoot, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p))
            .Where(p => Path.GetFileNameWithoutExtension(p).Contains('.', StringComparison.Ordinal) && !p.EndsWith(".es.resx", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(RepoRoot, p))
            .ToList();

        Assert.Empty(others);
    }

    private static string RepoRoot { get; } = FindRoot();

    private static IEnumerable<string> NeutralCatalogs() =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p) && !Path.GetFileNameWithoutExtension(p).Contains('.', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null)
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups["name"].Value)];

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

    // {0}, {1:N0}, {name}: the argument each placeholder takes, without its format.
    [GeneratedRegex(@"(?<!\{)\{(?<name>[A-Za-z0-9_]+)(?:[,:][^}]*)?\}(?!\})", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
