using Agrovet.Forum.Data;
using Agrovet.LocalCopies.Media;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Media;

/// <summary>A deleted upload disappears from the posts that showed it.</summary>
public sealed class DeletedPostImages(ForumDbContext db) : IMediaCopyReaction
{
    public async Task OnChangedAsync(MediaCopyChange change, CancellationToken cancellationToken)
    {
        if (!change.BecameDeleted)
        {
            return;
        }

        var mediaId = change.Media.Id;
        Guid[] deleted = [mediaId];
        await db.Database.ExecuteSqlAsync(
            $"UPDATE posts SET media_ids = array_remove(media_ids, {mediaId}) WHERE media_ids <> '{{}}' AND media_ids @> {deleted}", cancellationToken);
    }
}
