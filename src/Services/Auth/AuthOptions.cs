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

    /// <summary>How long an e-mailed link to choose a new password works.</summary>
    public TimeSpan PasswordResetLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Requests for reset links to one address within <see cref="LoginThrottleWindow"/>; more answer 429.</summary>
    public int PasswordResetRequestsPerEmail { get; set; } = 5;

    /// <summary>Requests for reset links from one client address within <see cref="LoginThrottleWindow"/>; more answer 429.</summary>
    public int PasswordResetRequestsPerAddress { get; set; } = 20;

    /// <summary>The web app's address: e-mailed links open its pages (<c>reset-password</c>).</summary>
    public Uri WebAppUrl { get; set; } = new("http://localhost:8080/");
}
