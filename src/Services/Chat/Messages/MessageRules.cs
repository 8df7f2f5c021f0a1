using Agrovet.ServiceDefaults.Problems;

namespace Agrovet.Chat.Messages;

/// <summary>What a message may hold: text (up to <see cref="MaxBodyLength"/> characters), images, or both.</summary>
public static class MessageRules
{
    public const int MaxBodyLength = 4000;
    public const int MaxImages = 10;
    public const int MaxClientIdLength = 64;

    /// <summary>The checked body (trimmed at the ends; empty allowed when images come with it).</summary>
    public static string Body(string? body, bool hasImages, ValidationErrors errors)
    {
        var trimmed = body?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 && !hasImages)
        {
            errors.Add("body", Texts.WriteSomething);
        }

        errors.MaxLength("body", trimmed, MaxBodyLength);
        return trimmed;
    }

    public static List<Guid> MediaIds(List<Guid>? ids, ValidationErrors errors)
    {
        var distinct = (ids ?? []).Distinct().ToList();
        if (distinct.Count > MaxImages)
        {
            errors.Add("media_ids", Texts.FormatImagesAtMost(MaxImages));
        }

        if (distinct.Contains(Guid.Empty))
        {
            errors.Add("media_ids", Texts.ImageIdZeros);
        }

        return distinct;
    }

    public static string? ClientId(string? clientId, ValidationErrors errors)
    {
        if (clientId is null)
        {
            return null;
        }

        if (clientId.Length is 0 or > MaxClientIdLength || clientId.Any(char.IsControl))
        {
            errors.Add("client_id", Texts.FormatClientIdLength(MaxClientIdLength));
            return null;
        }

        return clientId;
    }
}
