namespace Agrovet.Contracts.Events;

/// <summary>One topic (one Redis stream, one Kafka topic) per domain.</summary>
public static class Topics
{
    public const string UserEvents = "user.events";
    public const string MediaEvents = "media.events";
    public const string ProfileEvents = "profile.events";
    public const string MarketplaceEvents = "marketplace.events";
    public const string ChatEvents = "chat.events";
    public const string ForumEvents = "foro.events";
    public const string AuditEvents = "audit.events";

    public static IReadOnlyList<string> All { get; } =
        [UserEvents, MediaEvents, ProfileEvents, MarketplaceEvents, ChatEvents, ForumEvents, AuditEvents];
}
