using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Agrovet.Testing;

namespace Agrovet.Security.Tests.Platform;

/// <summary>
/// A request for one operation, its parts kept apart so a fuzz case can replace one of them: path parameter values,
/// query pairs, headers, and a JSON body, a multipart upload, or content of its own.
/// </summary>
public sealed record PreparedRequest(
    ApiOperation Operation,
    IReadOnlyDictionary<string, string> PathValues,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyDictionary<string, string> Headers,
    JsonNode? Body,
    bool Multipart)
{
    /// <summary>Content sent instead of <see cref="Body"/> (bytes a JSON serializer would never write, other media types).</summary>
    public Func<HttpContent>? Content { get; init; }

    public bool CarriesBody => Content is not null || Multipart || Body is not null;

    /// <summary>The path and query as sent; path values are already escaped as the case wants them.</summary>
    public string Target => Query.Count == 0
        ? Operation.Fill(PathValues)
        : Operation.Fill(PathValues) + "?" + string.Join('&', Query.Select(q => $"{q.Key}={q.Value}"));

    public HttpRequestMessage ToMessage()
    {
        var request = new HttpRequestMessage(new HttpMethod(Operation.Method), new Uri(Target, UriKind.Relative));
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (Content is { } content)
        {
            request.Content = content();
        }
        else if (Multipart)
        {
            request.Content = new MultipartFormDataContent
            {
                { new StringContent("avatar"), "purpose" },
                { new ByteArrayContent(SampleFiles.Png(8, 8)) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "vaca.png" },
            };
        }
        else if (Body is not null)
        {
            request.Content = new StringContent(Body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return request;
    }
}
