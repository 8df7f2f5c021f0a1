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
        long id, VoteRequest request, ClaimsPrincipal user, Votes votes, CancellationToken cancellationToken)
    {
        if (Value(request) is not { } value)
        {
            return InvalidValue();
        }

        // The voter's id is all a vote needs of them: no local copy is read or made.
        var outcome = await votes.OnPostAsync(id, CallerClaims.Of(user).Id, value, cancellationToken);
        return outcome.Status switch
        {
            VoteStatus.Counted => TypedResults.Ok(new VoteResponse(value, outcome.Score, outcome.Ups, outcome.Downs)),
            VoteStatus.Removed => Problem.Conflict(Messages.PostRemovedNoVotes),
            _ => PostEndpoints.NoSuchPost(id),
        };
    }

    private static async Task<Results<Ok<VoteResponse>, ValidationProblem, ProblemHttpResult>> OnCommentAsync(
        long id, VoteRequest request, ClaimsPrincipal user, ForumDbContext db, Votes votes, CancellationToken cancellationToken)
    {
        if (Value(request) is not { } value)
        {
            return InvalidValue();
        }

        // The comment's post is the events' subject, whose ordering lock is keyed before the vote's statement runs.
        var postId = await db.Comments.AsNoTracking().Where(c => c.Id == id).Select(c => (long?)c.PostId).FirstOrDefaultAsync(cancellationToken);
        if (postId is null)
        {
            return CommentEndpoints.NoSuchComment(id);
        }

        var outcome = await votes.OnCommentAsync(id, postId.Value, CallerClaims.Of(user).Id, value, cancellationToken);
        return outcome.Status switch
        {
            VoteStatus.Counted => TypedResults.Ok(new VoteResponse(value, outcome.Score, outcome.Ups, outcome.Downs)),
            VoteStatus.Missing => CommentEndpoints.NoSuchComment(id),
            _ => Problem.Conflict(Messages.CommentGoneNoVotes),
        };
    }

    private static int? Value(VoteRequest request) => request.Value is 1 or -1 or 0 ? request.Value : null;

    private static ValidationProblem InvalidValue() => Problem.Invalid("value", Messages.VoteValueChoices);
}
