using System.Diagnostics.CodeAnalysis;
using Agrovet.ServiceDefaults.Localization;
using Agrovet.ServiceDefaults.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.ServiceDefaults.Problems;

/// <summary>
/// Collects field errors (keyed by the snake_case JSON name) and turns them into a 400
/// <c>{errors: {field: [messages]}}</c> problem. Messages are in the request's language: pass a service's
/// <c>Messages.X</c> (or <c>Messages.FormatX(...)</c>), never a literal.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
        return this;
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Adds "This field is required." (in the request's language) when the value is null or blank; returns whether it was present.</summary>
    public bool Required(string field, [NotNullWhen(true)] string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Add(field, SharedMessages.Required);
        return false;
    }

    public bool Required<T>(string field, T? value)
        where T : struct
    {
        if (value.HasValue)
        {
            return true;
        }

        Add(field, SharedMessages.Required);
        return false;
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, SharedMessages.FormatMaxLength(max));
        }
    }

    /// <summary>
    /// Adds why and how to fix it when <paramref name="value"/> holds a text-direction control (see
    /// <see cref="BidiControls"/>), the rule for names people see; returns whether it was free of them.
    /// </summary>
    public bool NoBidiControls(string field, string? value)
    {
        if (BidiControls.Problem(value) is not { } problem)
        {
            return true;
        }

        Add(field, problem);
        return false;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public ValidationProblem ToProblem(string? detail = null) =>
        TypedResults.ValidationProblem(ToDictionary(), detail: detail ?? SharedMessages.InvalidInputDetail, title: SharedMessages.InvalidInputTitle);
}
