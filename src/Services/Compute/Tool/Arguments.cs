namespace Agrovet.Compute.Tool;

/// <summary>`--name value` options and bare `key=value` pairs after the verb.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    public Arguments(IEnumerable<string> arguments)
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

    public Dictionary<string, string> Pairs { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Option(string name) => _options.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
