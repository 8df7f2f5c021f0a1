using Agrovet.Contracts.Events;
using Agrovet.Contracts.Media;
using Agrovet.Forum.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Tests.Support;

/// <summary>
/// The forum in memory over its own fresh database, trusting the shared real auth service and hearing its user
/// events; media lookups of uploads it has not heard of go to a closed port (they answer 503). One per test class.
/// </summary>
public class ForumApiFactory(AuthServerFixture auth)
    : ServiceApiFactory<Program, ForumDbContext>("forum", Topics.ForumEvents, auth.Server)
{
    /// <summary>What the media service does on an upload: publishes <c>media.created</c>; returns once the forum has the copy.</summary>
    public async Task<Guid> UploadMediaAsync(long ownerId, string contentType = "image/jpeg")
    {
        var id = Guid.CreateVersion7();
        var created = new MediaCreated(id, ownerId, contentType, 12_345, "post", true, 640, 480, DateTimeOffset.UtcNow);
        await PublishAsync(Topics.MediaEvents, EventEnvelope.Create(created, "agrovet/media", id.ToString(), DateTimeOffset.UtcNow, null));
        await Poll.UntilAsync(() => InDbAsync(db => db.Media.AnyAsync(m => m.Id == id, Ct)), Patience, $"media {id} to reach the forum", Ct);
        return id;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("MEDIA_INTERNAL_URL", "http://127.0.0.1:9/");
    }
}
