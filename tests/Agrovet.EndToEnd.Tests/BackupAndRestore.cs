using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Agrovet.AppHost.Backups;
using Agrovet.AppHost.Platform;
using Bogus;

namespace Agrovet.EndToEnd.Tests;

/// <summary>
/// <c>./agrovet backup</c> and <c>./agrovet restore</c> through the launcher's own code: a platform with users, an ad,
/// an order, a profile and an uploaded file is backed up, its state directory deleted, restored, started again.
/// </summary>
public sealed class BackupAndRestore : IAsyncLifetime
{
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private readonly string _state = Path.Combine(Path.GetTempPath(), $"agrovet-e2e-{Guid.NewGuid():N}");
    private readonly string _backups = Path.Combine(Path.GetTempPath(), $"agrovet-backups-{Guid.NewGuid():N}");
    private readonly Faker _faker = new();
    private LocalPlatform? _platform;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Users_ads_orders_profiles_and_media_files_come_back_after_a_wipe_and_are_served()
    {
        var options = PlatformFixture.OptionsFor(_state, "auth", "media", "profiles", "marketplace") with { BackupDirectory = _backups };
        var gateway = await StartAsync(options);

        var seller = await SignUpAsync(gateway, "businessman");
        var buyer = await SignUpAsync(gateway, "consumer");
        var mediaId = await UploadAvatarAsync(buyer.Client);
        var profileId = await CreatedIdAsync(() => buyer.Client.PostAsJsonAsync(
            "/api/profiles/consumers/", new { display_name = "Restored Farmer", farm_type = "dairy", herd_size = 12, avatar = mediaId }, Ct));
        var adTitle = "Vaca Holstein " + _faker.Random.AlphaNumeric(8);
        var adId = await CreatedIdAsync(() => seller.Client.PostAsJsonAsync("/api/adds/", new
        {
            title = adTitle,
            description = "Vaca de tercera lactancia, sana y vacunada.",
            price = "1250.50",
            currency = "USD",
            stock = 5,
            category = "livestock/cattle",
            region = "CO-COR",
            media_ids = Array.Empty<Guid>(),
        }, Ct));
        var orderId = await CreatedIdAsync(async () =>
        {
            using var purchase = new HttpRequestMessage(HttpMethod.Post, $"/api/adds/{adId}/purchase/") { Content = JsonContent.Create(new { quantity = 2 }) };
            purchase.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            return await buyer.Client.SendAsync(purchase, Ct);
        });

        var folder = await new PlatformBackup(options, new PlatformFixture.TestReporter()).CreateAsync(Ct);
        Assert.Equal(
            ["auth_db.dump", "marketplace_db.dump", "media.tar", "media_db.dump", "profiles_db.dump"],
            Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(name => name != "manifest").Order(StringComparer.Ordinal));

        await _platform!.StopAsync();
        Directory.Delete(_state, recursive: true);

        await new PlatformBackup(options, new PlatformFixture.TestReporter()).RestoreAsync(folder, Ct);
        gateway = await StartAsync(options);

        var buyerAgain = await SignInAsync(gateway, buyer.Username, buyer.Password);
        var sellerAgain = await SignInAsync(gateway, seller.Username, seller.Password);
        var ad = await GetJsonAsync(gateway, $"/api/adds/{adId}/");
        Assert.Equal((adTitle, 3L), (ad.GetProperty("title").GetString(), ad.GetProperty("stock").GetInt64()));
        var order = await GetJsonAsync(buyerAgain, $"/api/orders/{orderId}/");
        Assert.Equal(2, order.GetProperty("quantity").GetInt32());
        var sellersOrder = await GetJsonAsync(sellerAgain, $"/api/orders/{orderId}/");
        Assert.Equal(orderId, sellersOrder.GetProperty("id").GetInt64());
        var profile = await GetJsonAsync(buyerAgain, $"/api/profiles/consumers/{profileId}/");
        Assert.Equal("Restored Farmer", profile.GetProperty("display_name").GetString());
        Assert.Equal(buyer.Username, profile.GetProperty("user").GetProperty("username").GetString());
        Assert.NotEqual(JsonValueKind.Null, profile.GetProperty("avatar").ValueKind);
        using var content = await buyerAgain.GetAsync($"/api/media/{mediaId}/content", Ct);
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal(TinyPng, await content.Content.ReadAsByteArrayAsync(Ct));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_platform is not null)
        {
            await _platform.StopAsync();
        }

        foreach (var directory in new[] { _state, _backups })
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private async Task<HttpClient> StartAsync(PlatformOptions options)
    {
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }

        _platform = new LocalPlatform(options, new PlatformFixture.TestReporter());
        await _platform.StartAsync(Ct);
        return new HttpClient { BaseAddress = _platform.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    private async Task<Member> SignUpAsync(HttpClient gateway, string role)
    {
        var username = "e2e_" + _faker.Random.AlphaNumeric(10);
        var password = "Correct-horse-" + _faker.Random.AlphaNumeric(6);
        using (var register = await gateway.PostAsJsonAsync("/api/auth/register/", new { username, email = $"{username}@example.org", password, role }, Ct))
        {
            Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        }

        return new Member(username, password, await SignInAsync(gateway, username, password));
    }

    private static async Task<HttpClient> SignInAsync(HttpClient gateway, string username, string password)
    {
        using var login = await gateway.PostAsJsonAsync("/api/auth/login/", new { username, password }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var access = (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("access").GetString()!;
        var client = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        return client;
    }

    private static async Task<Guid> UploadAvatarAsync(HttpClient client)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("avatar"), "purpose" },
            { new ByteArrayContent(TinyPng) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "file", "me.png" },
        };
        using var upload = await client.PostAsync("/api/media/", form, Ct);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        return (await upload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Sends until the answer is 201 and returns the new id: a service may not have heard of a new user yet (its local
    /// copy arrives with the user's event).
    /// </summary>
    private static async Task<long> CreatedIdAsync(Func<Task<HttpResponseMessage>> send)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var response = await send();
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt64();
            }

            Assert.True(DateTime.UtcNow < deadline, $"Still {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
            await Task.Delay(200, Ct);
        }
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private sealed record Member(string Username, string Password, HttpClient Client);
}
