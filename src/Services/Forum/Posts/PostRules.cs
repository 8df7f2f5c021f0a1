using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Forum.Posts;

/// <summary>What a post's fields may hold.</summary>
public static class PostRules
{
    public const int TitleMinLength = 3;
    public const int TitleMaxLength = 300;
    public const int BodyMaxLength = 40000;
    public const int LinkMaxLength = 2000;
    public const int MaxImages = 10;

    public static string? Title(string? title, ValidationErrors errors)
    {
        if (!errors.Required("title", title))
        {
            return null;
        }

        var trimmed = title.Trim();
        if (trimmed.Length is < TitleMinLength or > TitleMaxLength)
        {
            errors.Add("title", Messages.FormatTitleLength(TitleMinLength, TitleMaxLength));
            return null;
        }

        return errors.NoBidiControls("title", trimmed) ? trimmed : null;
    }

    public static string Body(string? body, ValidationErrors errors)
    {
        var text = body ?? string.Empty;
        if (text.Length > BodyMaxLength)
        {
            errors.Add("body", Messages.FormatPostBodyTooLong(AgrovetCultures.Number(BodyMaxLength), AgrovetCultures.Number(text.Length)));
        }

        return text;
    }

    /// <summary>An absolute http(s) address, or null for none (an empty string clears it).</summary>
    public static string? Link(string? link, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        var trimmed = link.Trim();
        if (trimmed.Length > LinkMaxLength)
        {
            errors.Add("link", Messages.FormatLinkTooLong(AgrovetCultures.Number(LinkMaxLength)));
            return null;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add("link", Messages.LinkNotWebAddress);
            return null;
        }

        return uri.AbsoluteUri;
    }

    public static List<Guid> MediaIds(IReadOnlyList<Guid>? ids, ValidationErrors errors)
    {
        if (ids is null)
        {
            return [];
        }

        if (ids.Count > MaxImages)
        {
            errors.Add("media_ids", Messages.FormatImagesAtMost(MaxImages));
        }

        if (ids.Distinct().Count() != ids.Count)
        {
            errors.Add("media_ids", Messages.ImageTwice);
        }

        if (ids.Contains(Guid.Empty))
        {
            errors.Add("media_ids", Messages.ImageIdEmpty);
        }

        return [.. ids];
    }
}
