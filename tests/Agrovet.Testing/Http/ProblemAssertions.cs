using System.Net;
using System.Text.Json;
using Xunit;

namespace Agrovet.Testing;

/// <summary>Assertions for the platform's answers: RFC 9457 problem+json errors and their <c>errors: {field: [..]}</c>.</summary>
public static class ProblemAssertions
{
    public const string ProblemContentType = "application/problem+json";

    /// <summary>Asserts a problem+json answer with <paramref name="status"/> (never a 500) and returns its body.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == status,
            $"Expected {(int)status} {status} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}, got {(int)response.StatusCode} {response.StatusCode}: {body}");
        Assert.Equal(ProblemContentType, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>Asserts a 400 problem with at least one message for <paramref name="field"/> and returns those messages.</summary>
    public static async Task<IReadOnlyList<string>> ShouldHaveFieldErrorAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        return problem.FieldErrors(field);
    }

    /// <summary>The messages of <paramref name="field"/> in a validation problem; fails when there are none.</summary>
    public static IReadOnlyList<string> FieldErrors(this JsonElement problem, string field)
    {
        Assert.True(problem.TryGetProperty("errors", out var errors), $"Expected field errors in {problem}");
        Assert.True(errors.TryGetProperty(field, out var messages), $"Expected an error for '{field}' in {errors}");
        var list = messages.EnumerateArray().Select(m => m.GetString() ?? string.Empty).ToList();
        Assert.NotEmpty(list);
        return list;
    }

    /// <summary>Asserts a success status, showing the body when it is not, and returns the JSON body (or default when empty).</summary>
    public static async Task<JsonElement> ShouldBeAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == status,
            $"Expected {(int)status} {status} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}, got {(int)response.StatusCode} {response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
