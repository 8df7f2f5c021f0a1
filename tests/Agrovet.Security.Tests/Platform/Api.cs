using System.Net.Http.Json;
using System.Text.Json;

namespace Agrovet.Security.Tests.Platform;

/// <summary>Requests that set the stage for an attack and must succeed.</summary>
public static class Api
{
    /// <summary>
    /// Sends until answered with success and returns the body (an empty object for none). Retries for a while:
    /// a service learns of a new account or ad through events, so a request right after may find it not there yet.
    /// </summary>
    public static async Task<JsonElement> SucceedAsync(HttpClient client, HttpMethod method, string path, object? body = null, params (string Name, string Value)[] headers)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            using var request = new HttpRequestMessage(method, path);
            foreach (var (name, value) in headers)
            {
                request.Headers.Add(name, value);
            }

            if (body is HttpContent content)
            {
                request.Content = content;
            }
            else if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType());
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, Ct);
            }
            catch (HttpRequestException) when (DateTimeOffset.UtcNow < deadline && body is not HttpContent)
            {
                continue;
            }

            using var disposeResponse = response;
            var text = await response.Content.ReadAsStringAsync(Ct);
            if (response.IsSuccessStatusCode)
            {
                return text.Length == 0 ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(text).RootElement.Clone();
            }

            if (DateTimeOffset.UtcNow > deadline || body is HttpContent)
            {
                throw new InvalidOperationException($"Setting the stage failed: {method} {path} answered {(int)response.StatusCode}: {text}");
            }

            await Task.Delay(200, Ct);
        }
    }

    public static Task<JsonElement> PostAsync(HttpClient client, string path, object? body = null) => SucceedAsync(client, HttpMethod.Post, path, body);
}
