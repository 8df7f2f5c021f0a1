using Agrovet.Media.Storage;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Media.Tests;

/// <summary>A user deleted in auth (<c>user.deleted</c>) takes their files with them.</summary>
public sealed class DeletedUsers(MediaApiFactory api) : IClassFixture<MediaApiFactory>
{
    [Fact]
    public async Task Deleting_a_user_deletes_their_files_bytes_and_all_and_raises_media_deleted_for_each()
    {
        var seller = await api.SignUpAsync("businessman");
        var neighbour = await api.SignUpAsync("businessman");
        using var client = api.ClientFor(seller);
        var avatar = await client.UploadAsync(SampleFiles.Png(300, 300), "me.png", "avatar");
        var photo = await client.UploadAsync(SampleFiles.Png(800, 600), "tractor.png", "ad_photo");
        using var neighbourClient = api.ClientFor(neighbour);
        var kept = await neighbourClient.UploadAsync(SampleFiles.Png(200, 200), "mine.png", "avatar");
        using var admin = api.Auth.CreateClient().WithBearer((await api.SignInAdminAsync()).AccessToken);

        using var delete = await admin.DeleteAsync($"{AuthApi.Users}{seller.Id}/", Ct);
        await delete.ShouldBeAsync(HttpStatusCode.NoContent);

        await Poll.UntilAsync(async () => await CountFilesAsync(seller.Id) == 0, TimeSpan.FromSeconds(20), "the user's files to be deleted", Ct);
        await Poll.UntilAsync(async () => await PendingDeletionsAsync() == 0, TimeSpan.FromSeconds(20), "their bytes to be removed", Ct);
        foreach (var id in new[] { avatar.Id(), photo.Id() })
        {
            Assert.False(File.Exists(Path.Combine(api.StorageRoot, StorageKeys.Content(id))));
            Assert.False(File.Exists(Path.Combine(api.StorageRoot, StorageKeys.Thumbnail(id))));
            await Poll.UntilAsync(
                async () => (await api.EventsAboutAsync(id.ToString())).Any(e => e.Type == "media.deleted" && e.Data.GetProperty("owner_id").GetInt64() == seller.Id),
                TimeSpan.FromSeconds(15),
                $"media.deleted for {id}",
                Ct);
        }

        Assert.True(File.Exists(Path.Combine(api.StorageRoot, StorageKeys.Content(kept.Id()))));
        using var stillThere = await neighbourClient.GetAsync($"/api/media/{kept.Id()}/", Ct);
        await stillThere.ShouldBeAsync(HttpStatusCode.OK);
    }

    private Task<int> CountFilesAsync(long ownerId) => api.InDbAsync(db => db.Files.CountAsync(f => f.OwnerId == ownerId, Ct));

    private Task<int> PendingDeletionsAsync() => api.InDbAsync(db => db.StorageDeletions.CountAsync(Ct));
}
