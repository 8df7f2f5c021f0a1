using Agrovet.Contracts.Events;
using Agrovet.Contracts.Media;
using Agrovet.Marketplace.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Marketplace.Tests.Support;

/// <summary>
/// The marketplace in memory over its own fresh database, pointed at the shared real auth service (tokens, JWKS,
/// user events) and its Redis, with a consumer group and cache key prefix of its own. One per test class.
/// </summary>
public class MarketplaceApiFactory(MarketplacePlatformFixture platform)
    : ServiceApiFactory<Program, MarketplaceDbContext>("marketplace", Topics.MarketplaceEvents, platform.Auth)
{
    public string CacheKeyPrefix { get; } = TestInfrastructure.CreateRedisKeyPrefix("marketplace-cache");

    /// <summary>The real media service, whose events this marketplace does not hear: its uploads are asked about.</summary>
    public MediaServer Media => platform.Media;

    /// <summary>Where this instance asks about uploads it has not heard of: the real media service unless a subclass says otherwise.</summary>
    protected virtual Uri MediaUrl => platform.Media.Url;

    /// <summary>
    /// What the media service does on an upload: publishes <c>media.created</c> on the shared stream. Returns once
    /// this marketplace has recorded the upload in its copy.
    /// </summary>
    public async Task<Guid> UploadMediaAsync(long ownerId)
    {
        var id = Guid.CreateVersion7();
        var created = new MediaCreated(id, ownerId, "image/jpeg", 12_345, "ad", true, 640, 480, DateTimeOffset.UtcNow);
        await PublishAsync(Topics.MediaEvents, EventEnvelope.Create(created, "agrovet/media", id.ToString(), DateTimeOffset.UtcNow, null));
        await Poll.UntilAsync(() => InDbAsync(db => db.Media.AnyAsync(m => m.Id == id, Ct)), Patience, $"media {id} to reach the marketplace", Ct);
        return id;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Marketplace:CacheKeyPrefix", CacheKeyPrefix);
        builder.UseSetting("MEDIA_INTERNAL_URL", MediaUrl.ToString());
    }
}
