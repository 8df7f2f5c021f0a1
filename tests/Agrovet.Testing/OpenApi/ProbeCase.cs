using System.Text;

namespace Agrovet.Testing;

/// <summary>
/// One request of an <see cref="OpenApiProbe"/>: an operation of a service's OpenAPI document with one field (a JSON
/// body field, a query parameter or a header) given a hostile value and everything else plausible.
/// </summary>
/// <param name="Path">The path with its parameters filled in and, for a query case, the hostile query string.</param>
/// <param name="Field">The name the answer's <c>errors</c> must carry: the JSON path of a body field ("title", "address.city"), or the parameter's name.</param>
/// <param name="Body">The JSON body to send, or null for none.</param>
public sealed record ProbeCase(string Method, string Path, ProbeLocation Location, string Field, string? HeaderValue, string? Body)
{
    public HttpRequestMessage CreateRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            request.Content = new StringContent(Body, Encoding.UTF8, "application/json");
        }

        if (Location == ProbeLocation.Header)
        {
            request.Headers.TryAddWithoutValidation(Field, HeaderValue);
        }

        return request;
    }

    /// <summary>Whether an <c>errors</c> key names this case's field (a list item or a nested field of it counts).</summary>
    public bool IsNamedBy(string key) =>
        key == Field
        || (Location == ProbeLocation.Body && (key.StartsWith(Field + "[", StringComparison.Ordinal) || key.StartsWith(Field + ".", StringComparison.Ordinal)));

    public override string ToString() => $"{Method} {Path} ({Location.ToString().ToLowerInvariant()} '{Field}')";
}
