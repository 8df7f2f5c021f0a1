namespace Agrovet.AppHost.Platform;

/// <summary>
/// Every service the platform knows, in start order. The launcher starts those whose project exists in the
/// checkout, so a service appears in <c>./agrovet up</c> as soon as its folder lands.
/// </summary>
public static class ServiceCatalog
{
    public static readonly IReadOnlyList<ServiceDefinition> All =
    [
        new("auth", "src/Services/Auth", "Agrovet.Auth", "AUTH_INTERNAL_URL", 8101, "auth_db", "auth", ["migrate", "ensure-admin"]),
        new("media", "src/Services/Media", "Agrovet.Media", "MEDIA_INTERNAL_URL", 8102, "media_db", "media", ["migrate"]),
        new("profiles", "src/Services/Profiles", "Agrovet.Profiles", "PROFILES_INTERNAL_URL", 8103, "profiles_db", "profiles", ["migrate"]),
        new("marketplace", "src/Services/Marketplace", "Agrovet.Marketplace", "MARKETPLACE_INTERNAL_URL", 8104, "marketplace_db", "marketplace", ["migrate"]),
        new("chat", "src/Services/Chat", "Agrovet.Chat", "CHAT_INTERNAL_URL", 8105, "chat_db", "chat", ["migrate"]),
        new("forum", "src/Services/Forum", "Agrovet.Forum", "FORUM_INTERNAL_URL", 8106, "foro_db", "forum", ["migrate"]),
        new("compute", "src/Services/Compute", "Agrovet.Compute", "COMPUTE_INTERNAL_URL", 8107, null, null, []),
        new("gateway", "src/Gateway", "Agrovet.Gateway", "GATEWAY_INTERNAL_URL", 8080, null, null, []),
    ];

    public static IReadOnlyList<ServiceDefinition> Present(string repoRoot) =>
        [.. All.Where(s => File.Exists(s.ProjectFile(repoRoot)))];
}
