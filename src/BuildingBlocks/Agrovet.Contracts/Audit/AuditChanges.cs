using System.Text.Json;

namespace Agrovet.Contracts.Audit;

/// <summary>
/// Builds the <c>changes</c> of an audit entry, <c>{"field": [old, new]}</c>, from the values before and after an
/// admin's edit; fields whose value did not change are left out.
/// </summary>
public sealed class AuditChanges
{
    private readonly Dictionary<string, object?[]> _changes = new(StringComparer.Ordinal);

    public bool IsEmpty => _changes.Count == 0;

    /// <summary>Adds <paramref name="field"/> when <paramref name="before"/> and <paramref name="after"/> differ.</summary>
    public AuditChanges Add<T>(string field, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            _changes[field] = [Scalar(before), Scalar(after)];
        }

        return this;
    }

    /// <summary>Adds a list-valued field when its items differ.</summary>
    public AuditChanges AddList<T>(string field, IReadOnlyList<T> before, IReadOnlyList<T> after)
    {
        if (!before.SequenceEqual(after))
        {
            _changes[field] = [before.Select(Scalar).ToArray(), after.Select(Scalar).ToArray()];
        }

        return this;
    }

    public JsonElement ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (field, pair) in _changes)
            {
                writer.WriteStartArray(field);
                Write(writer, pair[0]);
                Write(writer, pair[1]);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>Values as JSON scalars: numbers stay numbers, dates and enums become invariant strings.</summary>
    private static object? Scalar<T>(T value) => value switch
    {
        null => null,
        bool or string or int or long or decimal or double => value,
        DateTimeOffset time => time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        Enum e => JsonNamingPolicy.SnakeCaseLower.ConvertName(e.ToString()),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s: writer.WriteStringValue(s); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal d: writer.WriteNumberValue(d); break;
            case double d: writer.WriteNumberValue(d); break;
            case object?[] items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }
}
