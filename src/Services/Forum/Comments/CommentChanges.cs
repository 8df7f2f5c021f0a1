using System.Globalization;
using Agrovet.Contracts.Audit;
using Agrovet.Contracts.Forum;
using Agrovet.EventBus.Audit;
using Agrovet.EventBus.Outbox;
using Agrovet.Forum.Common;
using Agrovet.Forum.Data;
using Agrovet.Forum.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Comments;

/// <summary>
/// The one place where comments are added, deleted, removed and restored: each keeps its post's
/// <c>comment_count</c> exact in the same transaction; an addition raises <c>foro.comment.added</c>; a moderator's
/// change records its audit entry.
/// </summary>
public sealed class CommentChanges(ForumDbContext db, AnonymousReads anonymousReads)
{
    /// <summary>Adds the comment unless the post was locked meanwhile (checked under the post's row lock); returns whether it did.</summary>
    public async Task<bool> AddAsync(Comment comment, long postAuthorId, long? parentAuthorId, bool moderator, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = (await db.Database
                .SqlQuery<bool>($"UPDATE posts SET comment_count = comment_count + 1 WHERE id = {comment.PostId} RETURNING is_locked AS \"Value\"")
                .ToListAsync(cancellationToken))
            .FirstOrDefault();
        if (locked && !moderator)
        {
            return false;
        }

        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        db.Outbox().Raise(
            new CommentAdded(
                comment.Id, comment.PostId, comment.ParentId, comment.CommunityId, comment.AuthorId, postAuthorId, parentAuthorId,
                new DateTimeOffset(comment.CreatedAt, TimeSpan.Zero)),
            comment.PostId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        anonymousReads.CommentsChanged(comment.PostId);
        return true;
    }

    /// <summary>The author's deletion (or an admin's, audited): "[deleted]" where it has replies.</summary>
    public async Task DeleteAsync(Comment comment, AuditActor? admin, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(comment, cancellationToken);
        if (comment.IsDeleted)
        {
            return;
        }

        comment.IsDeleted = true;
        if (!comment.IsRemoved)
        {
            await CountAsync(comment.PostId, -1, cancellationToken);
        }

        if (admin is not null)
        {
            db.Outbox().RecordAdminAction(admin, "delete", Audited(comment), new AuditChanges().Add("deleted", false, true));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        anonymousReads.CommentsChanged(comment.PostId);
    }

    /// <summary>The author's edit, already applied to the tracked comment.</summary>
    public async Task SaveEditAsync(Comment comment, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        anonymousReads.CommentsChanged(comment.PostId);
    }

    /// <summary>A moderator removes or restores the comment (audited); returns false when it changed nothing.</summary>
    public async Task<bool> ModerateAsync(Comment comment, string action, AuditActor moderator, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(comment, cancellationToken);
        var remove = action == ModerationAction.Remove;
        if (comment.IsRemoved == remove)
        {
            return false;
        }

        comment.IsRemoved = remove;
        if (!comment.IsDeleted)
        {
            await CountAsync(comment.PostId, remove ? -1 : 1, cancellationToken);
        }

        db.Outbox().RecordAdminAction(moderator, action, Audited(comment), new AuditChanges().Add("removed", !remove, remove));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        anonymousReads.CommentsChanged(comment.PostId);
        return true;
    }

    public static AuditObject Audited(Comment comment) =>
        new(AuditObjectTypes.ForumComment, comment.Id.ToString(CultureInfo.InvariantCulture), comment.Body.Length > 80 ? comment.Body[..80] : comment.Body);

    private async Task LockAsync(Comment comment, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM comments WHERE id = {comment.Id} FOR UPDATE", cancellationToken);
        await db.Entry(comment).ReloadAsync(cancellationToken);
    }

    private Task<int> CountAsync(long postId, int delta, CancellationToken cancellationToken) =>
        db.Posts.Where(p => p.Id == postId).ExecuteUpdateAsync(p => p.SetProperty(x => x.CommentCount, x => x.CommentCount + delta), cancellationToken);
}
