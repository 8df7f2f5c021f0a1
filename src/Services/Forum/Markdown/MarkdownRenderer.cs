using Ganss.Xss;
using Markdig;

namespace Agrovet.Forum.Markdown;

/// <summary>
/// Turns a post's or comment's Markdown into HTML that is safe to insert into a page: Markdig with raw HTML disabled
/// (typed tags come out as text), then HtmlSanitizer over the result, which keeps only known-safe tags and attributes
/// and http(s)/mailto links, so no <c>&lt;script&gt;</c>, <c>javascript:</c> URL or <c>on*</c> attribute survives
/// whatever the Markdown says. Links open with <c>rel="nofollow ugc noopener"</c>. Thread-safe (a singleton).
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UsePipeTables()
        .UseTaskLists()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string markdown) => _sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, _pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("button");
        // Task lists render checkboxes, forced to disabled checkboxes below.
        sanitizer.AllowedTags.Add("input");
        sanitizer.AllowedAttributes.Add("checked");
        sanitizer.AllowedAttributes.Add("disabled");
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "nofollow ugc noopener");
            }
            else if (e.Node is AngleSharp.Dom.IElement { TagName: "INPUT" } input)
            {
                input.SetAttribute("disabled", "disabled");
                input.SetAttribute("type", "checkbox");
            }
        };
        return sanitizer;
    }
}
