extern alias media;

using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MediaDbContext = media::Agrovet.Media.Data.MediaDbContext;

namespace Agrovet.Profiles.Tests;

/// <summary>
/// The real media service on Kestrel (a loopback port the profiles service calls), on its own database and storage,
/// sharing auth's Redis and event streams, so its <c>media.*</c> events reach the profiles services under test.
/// </summary>
public sealed class MediaServer(AuthServer auth) : WebApplicationFactory<media::Program>, IAsyncLifetime
{
    private readonly TestDirectory _storage = TestDirectory.Create("profiles-media");
    private string? _postgres;

    public Uri ServerAddress =>
        new(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.GetAsync();
        _postgres = await infrastructure.CreateDatabaseAsync("media");
        UseKestrel(0);
        StartServer();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _storage.Dispose();
    }

    /// <summary>Uploads a file as <paramref name="user"/> and returns its id.</summary>
    public async Task<Guid> UploadAsync(SignedInUser user, byte[] file, string fileName, string purpose)
    {
        using var client = ClientFor(user);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(purpose), "purpose" },
            { new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", fileName },
        };
        using var response = await client.PostAsync("/api/media/", form, Ct);
        return (await response.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public async Task DeleteAsync(SignedInUser user, Guid id)
    {
        using var client = ClientFor(user);
        using var response = await client.DeleteAsync($"/api/media/{id}/", Ct);
        await response.ShouldBeAsync(HttpStatusCode.NoContent);
    }

    public HttpClient ClientFor(SignedInUser user) =>
        new HttpClient { BaseAddress = ServerAddress, Timeout = TimeSpan.FromSeconds(30) }.WithBearer(user.AccessToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        builder.UseSetting("ConnectionStrings:Redis", auth.RedisConnectionString);
        builder.UseSetting("AUTH_INTERNAL_URL", auth.Url.ToString());
        builder.UseSetting("EventBus:StreamKeyPrefix", auth.StreamKeyPrefix);
        builder.UseSetting("EventBus:ConsumerGroup", $"media-{Guid.NewGuid():N}");
        builder.UseSetting("Media:StorageRoot", _storage.Combine("files"));
        builder.UseSetting("LOG_FORMAT", "text");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = builder.Build();
        using (var scope = host.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<MediaDbContext>().Database.Migrate();
        }

        host.Start();
        return host;
    }
}
