using Agrovet.Forum.Common;
using Agrovet.Forum.Data;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Users;

public static class UserEndpoints
{
    public static RouteGroupBuilder MapUsers(this RouteGroupBuilder forum)
    {
        forum.MapGet("users/{id:long}/", GetAsync)
            .AllowAnonymous()
            .WithTags("Users")
            .WithName("GetForumUser")
            .WithSummary("A user's forum card: karma (sum of their posts' and comments' scores) and counts, for profile cards")
            .WithDescription("Anyone. Changes nothing. A user the forum does not know answers 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return forum;
    }

    /// <summary>Karma is summed when asked (index-only scans of the author indexes), so votes never queue on an author's row.</summary>
    private static async Task<Results<Ok<KarmaResponse>, ProblemHttpResult>> GetAsync(long id, ForumDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Problem.NotFound(Messages.FormatNoSuchUser(id));
        }

        var posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == id && !p.IsDeleted)
            .GroupBy(_ => 1).Select(g => new { Count = g.LongCount(), Karma = g.Sum(p => (long)p.Score) }).FirstOrDefaultAsync(cancellationToken);
        var comments = await db.Comments.AsNoTracking().Where(c => c.AuthorId == id && !c.IsDeleted)
            .GroupBy(_ => 1).Select(g => new { Count = g.LongCount(), Karma = g.Sum(c => (long)c.Score) }).FirstOrDefaultAsync(cancellationToken);
        var postKarma = posts?.Karma ?? 0;
        var commentKarma = comments?.Karma ?? 0;
        return TypedResults.Ok(new KarmaResponse(
            user.Id, user.IsDeleted ? AuthorRef.DeletedName : user.Username, postKarma + commentKarma, postKarma, commentKarma, posts?.Count ?? 0, comments?.Count ?? 0));
    }
}
