using Agrovet.Auth.Account;
using Agrovet.Auth.Admin;
using Agrovet.Auth.Audit;
using Agrovet.Auth.Data;
using Agrovet.Auth.Keys;
using Agrovet.Auth.PasswordReset;
using Agrovet.Auth.Registration;
using Agrovet.Auth.Sessions;
using Agrovet.Auth.Throttling;
using Agrovet.Auth.Tokens;
using Agrovet.Auth.Users;
using Agrovet.Contracts.Audit;
using Agrovet.Data;
using Agrovet.EventBus.Hosting;
using Agrovet.Mail;
using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Commands;
using Agrovet.ServiceDefaults.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Agrovet.Auth;

public static class AuthServiceExtensions
{
    public const string RoutePrefix = "/api/auth";

    public static WebApplicationBuilder AddAuthService(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AuthDbContext>();
        builder.AddEventBus<AuthDbContext>();
        builder.AddEventHandler<AuthDbContext, AdminActionRecorded, AdminActionRecordedHandler>();
        var services = builder.Services;
        services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.Section)
            .Validate(o => o.AccessTokenLifetime > TimeSpan.Zero && o.RefreshTokenLifetime > TimeSpan.Zero, "Token lifetimes must be positive.")
            .Validate(o => o.SigningKeyMaxAge > o.AccessTokenLifetime, "SigningKeyMaxAge must exceed AccessTokenLifetime.")
            .Validate(o => o.SigningKeyRefreshInterval > TimeSpan.Zero, "SigningKeyRefreshInterval must be positive.")
            .Validate(o => o.PasswordResetLinkLifetime > TimeSpan.Zero, "PasswordResetLinkLifetime must be positive.")
            .Validate(o => o.WebAppUrl is { IsAbsoluteUri: true, Scheme: "http" or "https" }, "WebAppUrl must be an absolute http(s) address.")
            .ValidateOnStart();
        services.AddJsonContext(AuthJsonContext.Default);

        services.AddSingleton<SigningKeyStore>();
        services.Replace(ServiceDescriptor.Singleton<ISigningKeyProvider>(sp => sp.GetRequiredService<SigningKeyStore>()));
        services.AddHostedService<SigningKeyMaintenance>();
        services.AddSingleton<AccessTokenFactory>();
        services.AddSingleton<AccessTokenValidator>();
        services.AddScoped<SessionTokens>();
        services.AddScoped<SessionRevocation>();
        services.AddHostedService<RefreshTokenCleanup>();

        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<Passwords>();
        services.AddSingleton<UserCache>();
        services.AddScoped<UserChanges>();
        services.AddSingleton<LoginThrottle>();
        builder.AddMailSender();
        services.AddSingleton<ResetRequestThrottle>();
        services.AddScoped<PasswordResets>();

        services.AddServiceCommand<EnsureAdminCommand>();
        services.AddServiceCommand<RotateKeysCommand>();
        return builder;
    }

    public static WebApplication MapAuth(this WebApplication app)
    {
        var auth = app.MapGroup(RoutePrefix);
        auth.MapRegistration();
        auth.MapSessions();
        auth.MapTokens();
        auth.MapMe();
        auth.MapAccount();
        auth.MapPasswordReset();
        auth.MapJwks();
        auth.MapAdminUsers();
        auth.MapAuditLog();
        return app;
    }
}
