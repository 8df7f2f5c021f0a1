namespace Agrovet.Gateway.Security;

/// <summary>Config section <c>Cors</c>: the origins, other than the gateway's own, whose pages may call the API.</summary>
public sealed class CorsSettings
{
    public const string SectionName = "Cors";

    public string[] AllowedOrigins { get; set; } = [];
}
