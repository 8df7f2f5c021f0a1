namespace Agrovet.Chat.Tests.Support;

/// <summary>The chat's REST calls the tests make, asserting success.</summary>
public static class ChatApi
{
    public const string Rooms = "/api/chat/rooms/";

    public static async Task<JsonElement> OpenDirectAsync(this HttpClient client, long userId, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await client.PostAsJsonAsync(Rooms, new { kind = "direct", user_id = userId }, Ct);
        return await response.ShouldBeAsync(expected);
    }

    public static async Task<JsonElement> CreateGroupAsync(this HttpClient client, string name, params long[] memberIds)
    {
        using var response = await client.PostAsJsonAsync(Rooms, new { kind = "group", name, member_ids = memberIds }, Ct);
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> SendAsync(this HttpClient client, long roomId, string body, string? clientId = null, Guid[]? mediaIds = null)
    {
        using var response = await client.PostAsJsonAsync($"{Rooms}{roomId}/messages/", new { body, client_id = clientId, media_ids = mediaIds ?? [] }, Ct);
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> HistoryAsync(this HttpClient client, long roomId, string query = "")
    {
        using var response = await client.GetAsync($"{Rooms}{roomId}/messages/{query}", Ct);
        return await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> RoomAsync(this HttpClient client, long roomId)
    {
        using var response = await client.GetAsync($"{Rooms}{roomId}/", Ct);
        return await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    public static long Id(this JsonElement element) => element.GetProperty("id").GetInt64();
}
