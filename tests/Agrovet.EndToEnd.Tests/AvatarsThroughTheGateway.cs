using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bogus;

namespace Agrovet.EndToEnd.Tests;

public sealed class AvatarsThroughTheGateway(PlatformFixture platform) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task An_uploaded_avatar_shows_on_a_profile_until_the_file_is_deleted()
    {
        var ct = TestContext.Current.CancellationToken;
        var gateway = platform.Gateway;
        var faker = new Faker();
        var username = "e2e_" + faker.Random.AlphaNumeric(10);
        var password = "Correct-horse-" + faker.Random.AlphaNumeric(6);
        using (var register = await gateway.PostAsJsonAsync("/api/auth/register/", new { username, email = $"{username}@example.org", password, role = "consumer" }, ct))
        {
            Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        }

        using var login = await gateway.PostAsJsonAsync("/api/auth/login/", new { username, password }, ct);
        var access = (await login.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("access").GetString()!;
        using var client = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);

        // Upload a real PNG as this user's avatar.
        using var form = new MultipartFormDataContent
        {
            { new StringContent("avatar"), "purpose" },
            { new ByteArrayContent(TinyPng) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "me.png" },
        };
        using var upload = await client.PostAsync("/api/media/", form, ct);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var mediaId = (await upload.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        using (var content = await client.GetAsync($"/api/media/{mediaId}/content", ct))
        {
            Assert.Equal(TinyPng, await content.Content.ReadAsByteArrayAsync(ct));
        }

        // Make it the avatar of the user's consumer profile.
        using var create = await client.PostAsJsonAsync("/api/profiles/consumers/", new { display_name = "E2E Farmer", farm_type = "dairy", herd_size = 12, avatar = mediaId }, ct);
        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        var profileId = (await create.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt64();

        // Delete the file: media.deleted travels to profiles, which clears the avatar.
        using (var delete = await client.DeleteAsync($"/api/media/{mediaId}/", ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement profile;
        while (true)
        {
            using var response = await client.GetAsync($"/api/profiles/consumers/{profileId}/", ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            profile = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            if (profile.GetProperty("avatar").ValueKind == JsonValueKind.Null || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(100, ct);
        }

        Assert.Equal(JsonValueKind.Null, profile.GetProperty("avatar").ValueKind);
        Assert.Equal(username, profile.GetProperty("user").GetProperty("username").GetString());
    }

    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
