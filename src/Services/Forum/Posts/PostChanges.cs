using System.Globalization;
using Agrovet.Contracts.Audit;
using Agrovet.Contracts.Forum;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.Forum.Common;
using Agrovet.Forum.Communities;
using Agrovet.Forum.Data;
using Agrovet.Forum.Moderation;
using Agrovet.Forum.Rankings;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Posts;

/// <summary>
/// The one place where posts are published, deleted, removed, restored, locked and unlocked. Each change keeps its
/// community's post counters exact in the same transaction (feeds read their <c>count</c> from them), raises its
/// event, and a moderator's change records its audit entry. Once a change commits, what anonymous readers were served is stale.
/// </summary>
public sealed class PostChanges(ForumDbContext db, AnonymousReads anonymousReads)
{
    public async Task CreateAsync(Post post, Community community, CancellationToken cancellationToken)
    {
        post.Hot = Ranking.Hot(0, 0, post.CreatedAt);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Posts.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        await db.Communities.Where(c => c.Id == post.CommunityId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.PostCount, x => x.PostCount + 1), cancellationToken);
        db.Outbox().Raise(
            new PostCreated(post.Id, community.Id, community.Slug, post.AuthorId, post.Title, post.Link, new DateTimeOffset(post.CreatedAt, TimeSpan.Zero)),
            post.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        anonymousReads.PostsChanged();
    }

    /// <summary>The author's deletion: the post leaves every listing (its counters follow).</summary>
    public async Task DeleteAsync(Post post, AuditActor? admin, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(post, cancellationToken);
        if (post.IsDeleted)
        {
            return;
        }

        post.IsDeleted = true;
        await CountAsync(post.CommunityId, visible: post.IsRemoved ? 0 : -1, removed: post.IsRemoved ? -1 : 0, cancellationToken);
        if (admin is not null)
        {
            db.Outbox().RecordAdminAction(admin, "delete", Audited(post), new AuditChanges().Add("deleted", false, true));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        anonymousReads.PostsChanged();
    }

    /// <summary>The author's edit of title, body, link or images, already applied to the tracked post.</summary>
    public async Task SaveEditAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        anonymousReads.PostsChanged();
    }

    /// <summary>A moderator's action (<see cref="ModerationAction"/>); returns false when it changed nothing.</summary>
    public async Task<bool> ModerateAsync(Post post, string action, AuditActor moderator, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(post, cancellationToken);
        var changes = new AuditChanges();
        switch (action)
        {
            case ModerationAction.Remove when !post.IsRemoved:
                post.IsRemoved = true;
                changes.Add("removed", false, true);
                if (!post.IsDeleted)
                {
                    await CountAsync(post.CommunityId, visible: -1, removed: 1, cancellationToken);
                }

                break;
            case ModerationAction.Restore when post.IsRemoved:
                post.IsRemoved = false;
                changes.Add("removed", true, false);
                if (!post.IsDeleted)
                {
                    await CountAsync(post.CommunityId, visible: 1, removed: -1, cancellationToken);
                }

                break;
            case ModerationAction.Lock when !post.IsLocked:
                post.IsLocked = true;
                changes.Add("locked", false, true);
                break;
            case ModerationAction.Unlock when post.IsLocked:
                post.IsLocked = false;
                changes.Add("locked", true, false);
                break;
            default:
                return false;
        }

        db.Outbox().RecordAdminAction(moderator, action, Audited(post), changes);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        anonymousReads.PostsChanged();
        return true;
    }

    public static AuditObject Audited(Post post) => new(AuditObjectTypes.ForumPost, post.Id.ToString(CultureInfo.InvariantCulture), post.Title);

    private async Task LockAsync(Post post, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM posts WHERE id = {post.Id} FOR UPDATE", cancellationToken);
        await db.Entry(post).ReloadAsync(cancellationToken);
    }

    private Task<int> CountAsync(long communityId, int visible, int removed, CancellationToken cancellationToken) =>
        db.Communities.Where(c => c.Id == communityId).ExecuteUpdateAsync(
            c => c.SetProperty(x => x.PostCount, x => x.PostCount + visible).SetProperty(x => x.RemovedPostCount, x => x.RemovedPostCount + removed),
            cancellationToken);
}
