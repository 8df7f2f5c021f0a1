using System.Globalization;
using Agrovet.Forum.Posts;
using Agrovet.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Agrovet.Forum.Markdown;

public static class PreviewEndpoints
{
    public static RouteGroupBuilder MapPreview(this RouteGroupBuilder forum)
    {
        forum.MapPost("preview/", Preview)
            .RequireAuthorization()
            .WithTags("Posts")
            .WithName("PreviewMarkdown")
            .WithSummary("Render a Markdown body as publishing it would, without publishing it (signed-in users)")
            .WithDescription("Signed-in users; stores nothing. Body {body}: Markdown of at most "
                + $"{PostRules.BodyMaxLength.ToString("N0", CultureInfo.InvariantCulture)} characters, a post body's limit (an empty text renders as empty). Answers "
                + "{body_html}, the sanitized HTML a post or comment with this body shows, rendered by the same renderer: no "
                + "script, raw HTML or javascript: link survives.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return forum;
    }

    private static Results<Ok<MarkdownPreviewResponse>, ValidationProblem> Preview(MarkdownPreviewRequest request, MarkdownRenderer markdown)
    {
        var errors = new ValidationErrors();
        if (request.Body is null)
        {
            errors.Add("body", Messages.PreviewBodyRequired);
            return errors.ToProblem();
        }

        var body = PostRules.Body(request.Body, errors);
        return errors.IsEmpty ? TypedResults.Ok(new MarkdownPreviewResponse(markdown.ToHtml(body))) : errors.ToProblem();
    }
}
