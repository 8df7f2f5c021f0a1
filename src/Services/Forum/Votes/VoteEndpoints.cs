using System.Security.Claims;
using Agrovet.Forum.Comments;
using Agrovet.Forum.Data;
using Agrovet.Forum.Posts;
using Agrovet.LocalCopies.Users;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Agrovet.Forum.Votes;

public static class VoteEndpoints
{
    public static RouteGroupBuilder MapVotes(this RouteGroupBuilder forum)
    {
        forum.MapPost("posts/{id:long}/react/", OnPostAsync)
            .RequireAuthorization()
            .WithTags("Votes")
            .WithName("VoteOnPost")
            .WithSummary("Vote on a post: {value: 1 | -1 | 0}; one vote per user, changeable, 0 takes it back")
            .WithDescription("Signed-in users. Body {value}. Answers the caller's vote and the post's exact totals after it; a vote "
                + "that changes them raises foro.reaction.added. A post removed by the moderators answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        forum.MapPost("comments/{id:long}/react/", OnCommentAsync)
            .RequireAuthorization()
            .WithTags("Votes")
            .WithName("VoteOnComment")
            .WithSummary("Vote on a comment: {value: 1 | -1 | 0}; one vote per user, changeable, 0 takes it back")
            .WithDescription("Signed-in users. Body {value}. Answers the caller's vote and the comment's exact totals after it; a vote "
                + "that changes them raises foro.reaction.added. A deleted or removed comment answers 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return forum;
    }

    private static async Task<Results<Ok<VoteResponse>, ValidationProblem, ProblemHttpResult>> OnPostAsync(
        long id, VoteRequest request, ClaimsPrincipal user, ForumDbContext db, UserCopies users, Votes votes, CancellationToken cancellationToken)
    {
        if (Value(request) is not { } value)
        {
            return InvalidValue();
        }

        var post = await db.Posts.AsNoTracking().Where(p => p.Id == id && !p.IsDeleted)
            .Select(p => new { p.Id, p.AuthorId, p.IsRemoved }).FirstOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return PostEndpoints.NoSuchPost(id);
        }

        if (post.IsRemoved)
        {
            return Problem.Conflict(Messages.PostRemovedNoVotes);
        }

        var voter = await users.CallerAsync(CallerClaims.Of(user), cancellationToken);
        var totals = await votes.OnPostAsync(new VoteTarget(post.Id, post.Id, post.AuthorId), voter.Id, value, cancellationToken);
        return TypedResults.Ok(new VoteResponse(value, totals.Score, totals.Ups, totals.Downs));
    }

    private static async Task<Results<Ok<VoteResponse>, ValidationProblem, ProblemHttpResult>> OnCommentAsync(
        long id, VoteRequest request, ClaimsPrincipal user, ForumDbContext db, UserCopies users, Votes votes, CancellationToken cancellationToken)
    {
        if (Value(request) is not { } value)
        {
            return InvalidValue();
        }

        var comment = await db.Comments.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Id, c.PostId, c.AuthorId, c.IsDeleted, c.IsRemoved }).FirstOrDefaultAsync(cancellationToken);
        if (comment is null)
        {
            return CommentEndpoints.NoSuchComment(id);
        }

        if (comment.IsDeleted || comment.IsRemoved)
        {
            return Problem.Conflict(Messages.CommentGoneNoVotes);
        }

        var voter = await users.CallerAsync(CallerClaims.Of(user), cancellationToken);
        var totals = await votes.OnCommentAsync(new VoteTarget(comment.Id, comment.PostId, comment.AuthorId), voter.Id, value, cancellationToken);
        return TypedResults.Ok(new VoteResponse(value, totals.Score, totals.Ups, totals.Downs));
    }

    private static int? Value(VoteRequest request) => request.Value is 1 or -1 or 0 ? request.Value : null;

    private static ValidationProblem InvalidValue() => Problem.Invalid("value", Messages.VoteValueChoices);
}
