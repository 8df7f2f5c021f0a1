extern alias media;

using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MediaDbContext = media::Agrovet.Media.Data.MediaDbContext;

namespace Agrovet.Marketplace.Tests.Support;

/// <summary>
/// The real media service on Kestrel (a loopback port the marketplaces under test call), on its own database and
/// storage, trusting the shared auth service. Its events go to streams of its own that no marketplace hears, so each
/// of its uploads is one whose <c>media.created</c> has not arrived: the marketplace has to ask about it.
/// </summary>
public sealed class MediaServer(AuthServer auth) : WebApplicationFactory<media::Program>, IAsyncLifetime
{
    private readonly TestDirectory _storage = TestDirectory.Create("marketplace-media");
    private string? _postgres;

    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

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

    /// <summary>Uploads a photo as <paramref name="user"/> (with their token) and returns its id.</summary>
    public async Task<Guid> UploadPhotoAsync(Member user)
    {
        using var client = new HttpClient { BaseAddress = ServerAddress, Timeout = TimeSpan.FromSeconds(30) }.WithBearer(user.AccessToken);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("ad_photo"), "purpose" },
            { new ByteArrayContent(SampleFiles.Png(40, 40)) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", "photo.png" },
        };
        using var response = await client.PostAsync("/api/media/", form, Ct);
        return (await response.ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("ConnectionStrings:Postgres", _postgres);
        builder.UseSetting("ConnectionStrings:Redis", auth.RedisConnectionString);
        builder.UseSetting("AUTH_INTERNAL_URL", auth.Url.ToString());
        builder.UseSetting("EventBus:StreamKeyPrefix", TestInfrastructure.CreateRedisKeyPrefix("unheard-media") + ":");
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
