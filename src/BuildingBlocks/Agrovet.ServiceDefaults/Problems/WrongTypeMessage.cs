using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Agrovet.ServiceDefaults.Localization;

namespace Agrovet.ServiceDefaults.Problems;

/// <summary>
/// "The field 'price' must be a number." for a JSON value or a route/query value of the wrong type, in the request's
/// language, from the .NET type the value was meant for (as the serializer or the binder names it).
/// </summary>
internal static partial class WrongTypeMessage
{
    /// <summary>The message for <paramref name="field"/>, whose value was meant to be a <paramref name="typeName"/> ("System.Nullable`1[System.Decimal]").</summary>
    public static string For(string field, string? typeName) => Kind(typeName) switch
    {
        ValueKind.WholeNumber => SharedMessages.FormatMustBeWholeNumber(field),
        ValueKind.Number => SharedMessages.FormatMustBeNumber(field),
        ValueKind.Boolean => SharedMessages.FormatMustBeBoolean(field),
        ValueKind.Text => SharedMessages.FormatMustBeText(field),
        ValueKind.Date => SharedMessages.FormatMustBeDate(field),
        ValueKind.DateTime => SharedMessages.FormatMustBeDateTime(field),
        ValueKind.Uuid => SharedMessages.FormatMustBeUuid(field),
        ValueKind.List => SharedMessages.FormatMustBeList(field),
        ValueKind.Object => SharedMessages.FormatMustBeObject(field),
        ValueKind.Enum when EnumValues(typeName!) is { Length: > 0 } values => SharedMessages.FormatMustBeOneOf(field, string.Join(", ", values)),
        _ => SharedMessages.FormatMustBeValidValue(field),
    };

    /// <summary>
    /// The type of <paramref name="field"/> itself where the serializer named the object holding it (a type read
    /// through its constructor names the record, not the field): the property whose JSON name is the field's last
    /// segment; otherwise <paramref name="typeName"/> unchanged.
    /// </summary>
    public static string? OfField(string? typeName, string field)
    {
        if (typeName is null || Kind(typeName) != ValueKind.Object || Resolve(Unwrapped(typeName)) is not { } holder)
        {
            return typeName;
        }

        var name = field[(field.LastIndexOf('.') + 1)..];
        var property = holder.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p =>
            (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)) == name);
        return property is null ? typeName : (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType).FullName;
    }

    /// <summary>The type a System.Text.Json conversion error names ("The JSON value could not be converted to X. Path: ..."), or null.</summary>
    public static string? TargetOfJsonError(string message) =>
        JsonConversionError().Match(message) is { Success: true } match ? match.Groups["type"].Value : null;

    private static ValueKind Kind(string? typeName)
    {
        if (typeName is null)
        {
            return ValueKind.Unknown;
        }

        var name = Unwrapped(typeName);
        if (name.EndsWith("[]", StringComparison.Ordinal) || ListType().IsMatch(name))
        {
            return ValueKind.List;
        }

        return name switch
        {
            "System.Byte" or "System.SByte" or "System.Int16" or "System.UInt16" or "System.Int32" or "System.UInt32"
                or "System.Int64" or "System.UInt64" or "byte" or "short" or "int" or "long" => ValueKind.WholeNumber,
            "System.Decimal" or "System.Double" or "System.Single" or "System.Half" or "decimal" or "double" or "float" => ValueKind.Number,
            "System.Boolean" or "bool" => ValueKind.Boolean,
            "System.String" or "System.Char" or "string" => ValueKind.Text,
            "System.DateOnly" or "DateOnly" => ValueKind.Date,
            "System.DateTime" or "System.DateTimeOffset" or "DateTime" or "DateTimeOffset" => ValueKind.DateTime,
            "System.Guid" or "Guid" => ValueKind.Uuid,
            _ when name.StartsWith("System.Collections.Generic.Dictionary", StringComparison.Ordinal) => ValueKind.Object,
            _ => Resolve(name) switch
            {
                { IsEnum: true } => ValueKind.Enum,
                { IsClass: true } or { IsValueType: true, IsPrimitive: false } => ValueKind.Object,
                _ => ValueKind.Unknown,
            },
        };
    }

    /// <summary>The values an enum accepts as the platform writes them (snake_case), or none when the type is unknown.</summary>
    private static string[] EnumValues(string typeName)
    {
        if (Resolve(Unwrapped(typeName)) is not { IsEnum: true } type)
        {
            return [];
        }

        return [.. type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f =>
            f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(f.Name))];
    }

    // "System.Nullable`1[X]" and "X?" (the binder's spelling) → "X".
    private static string Unwrapped(string typeName)
    {
        var name = typeName.Trim();
        if (NullableType().Match(name) is { Success: true } nullable)
        {
            name = nullable.Groups["inner"].Value;
        }

        return name.TrimEnd('?');
    }

    private static Type? Resolve(string name)
    {
        if (Type.GetType(name, throwOnError: false) is { } found)
        {
            return found;
        }

        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (assembly.GetType(name, throwOnError: false) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.(?: Path:|$)", RegexOptions.CultureInvariant)]
    private static partial Regex JsonConversionError();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>.+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex NullableType();

    [GeneratedRegex(@"^System\.Collections\.(Generic\.(List|IList|IReadOnlyList|IEnumerable|ICollection|IReadOnlyCollection|HashSet|ISet)`1|Immutable\.Immutable\w+`1)\[", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ListType();

    private enum ValueKind
    {
        Unknown,
        WholeNumber,
        Number,
        Boolean,
        Text,
        Date,
        DateTime,
        Uuid,
        Enum,
        List,
        Object,
    }
}
