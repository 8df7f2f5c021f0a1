using System.Text.Json.Serialization;

namespace Agrovet.ServiceDefaults.Json;

/// <summary>
/// A PATCH field: absent (<see cref="IsSet"/> false) leaves the value alone, present (even as <c>null</c>) changes it.
/// A nullable property cannot tell <c>{"avatar": null}</c> (clear it) from <c>{}</c> (keep it); this can.
/// </summary>
[JsonConverter(typeof(OptionalJsonConverterFactory))]
public readonly record struct Optional<T>(T? Value)
{
    public bool IsSet { get; init; } = true;

    /// <summary>The value when the field was sent, else <paramref name="current"/>.</summary>
    public T? Or(T? current) => IsSet ? Value : current;
}
