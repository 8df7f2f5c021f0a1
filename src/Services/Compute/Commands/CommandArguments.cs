namespace Agrovet.Compute.Commands;

/// <summary>A verb's <c>--name value</c> options and bare <c>key=value</c> pairs (what follows the verb on the command line).</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    public CommandArguments(IEnumerable<string> arguments)
    {
        string? pending = null;
        foreach (var argument in arguments)
        {
            if (argument.StartsWith("--", StringComparison.Ordinal))
            {
                var text = argument[2..];
                var equals = text.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    _options[text[..equals]] = text[(equals + 1)..];
                    pending = null;
                }
                else
                {
                    pending = text;
                    _options[text] = "";
                }
            }
            else if (pending is not null)
            {
                _options[pending] = argument;
                pending = null;
            }
            else if (argument.IndexOf('=', StringComparison.Ordinal) is var at and > 0)
            {
                Pairs[argument[..at]] = argument[(at + 1)..];
            }
        }
    }

    /// <summary>The arguments after the verb <paramref name="verb"/> of this process's command line.</summary>
    public static CommandArguments OfVerb(string verb)
    {
        var all = Environment.GetCommandLineArgs();
        var at = Array.FindIndex(all, argument => string.Equals(argument, verb, StringComparison.OrdinalIgnoreCase));
        return new CommandArguments(at < 0 ? [] : all.Skip(at + 1));
    }

    public Dictionary<string, string> Pairs { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Option(string name) => _options.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public bool Flag(string name) => _options.ContainsKey(name);
}
