using System.Globalization;

namespace Agrovet.Forum.Tests.Support;

/// <summary>The calls most tests make, asserting their success.</summary>
public static class ForumClient
{
    public const string Api = "/api/foro";

    public static string Post(long id) => $"{Api}/posts/{id}/";

    public static string Comments(long postId) => $"{Api}/posts/{postId}/comments/";

    public static string Comment(long id) => $"{Api}/comments/{id}/";

    public static string Community(string slug) => $"{Api}/communities/{slug}/";

    public static async Task<string> CreateCommunityAsync(this SignedInUser user, string? name = null)
    {
        name ??= $"Comunidad {Guid.NewGuid():N}"[..30];
        using var response = await user.Client.PostAsJsonAsync($"{Api}/communities/", new { name, description = "Preguntas y respuestas", rules = "Respeto" }, Ct);
        return (await response.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("slug").GetString()!;
    }

    public static async Task<JsonElement> CreatePostAsync(this SignedInUser user, string community, string? title = null, string body = "¿Cómo vacuno terneros?")
    {
        using var response = await user.Client.PostAsJsonAsync($"{Api}/posts/", new { community, title = title ?? "Una pregunta sobre terneros", body }, Ct);
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    public static async Task<long> CreatePostIdAsync(this SignedInUser user, string community, string? title = null) =>
        (await user.CreatePostAsync(community, title)).GetProperty("id").GetInt64();

    public static async Task<long> CommentAsync(this SignedInUser user, long postId, string body = "Con la vacuna triple.", long? parentId = null)
    {
        using var response = await user.Client.PostAsJsonAsync(Comments(postId), new { body, parent_id = parentId }, Ct);
        return (await response.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
    }

    public static async Task<JsonElement> VoteAsync(this SignedInUser user, string path, int value)
    {
        using var response = await user.Client.PostAsJsonAsync($"{path}react/", new { value }, Ct);
        return await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        return await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    public static List<long> Ids(this JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetProperty("id").GetInt64())];

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
