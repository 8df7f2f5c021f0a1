using System.Text.Json;
using Xunit;

namespace Agrovet.Testing;

/// <summary>An answer read off a socket by <see cref="RawExchange"/>: status, headers (names lower-cased) and body.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Asserts a problem+json answer with <paramref name="status"/>, a detail and a trace id, and returns it.</summary>
    public JsonElement ShouldBeProblem(int status)
    {
        Assert.True(Status == status, $"Expected {status}, got {Status}: {Body}");
        Assert.True(Headers.TryGetValue("content-type", out var type) && type.StartsWith(ProblemAssertions.ProblemContentType, StringComparison.Ordinal),
            $"Expected {ProblemAssertions.ProblemContentType}, got '{type}': {Body}");
        var problem = JsonDocument.Parse(Body).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), $"Expected a detail in {Body}");
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("trace_id").GetString()), $"Expected a trace id in {Body}");
        return problem;
    }
}
