namespace Agrovet.Auth;

/// <summary>The auth service's tunables, bound from the <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>A signing key older than this is replaced by a new one.</summary>
    public TimeSpan SigningKeyMaxAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often each instance reloads the key ring (to see rotations by other instances) and checks whether to rotate.</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan UserCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    public int LoginFailuresPerAccount { get; set; } = 5;

    public int LoginFailuresPerAddress { get; set; } = 20;

    public TimeSpan LoginThrottleWindow { get; set; } = TimeSpan.FromMinutes(15);
}
