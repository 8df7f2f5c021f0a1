using Agrovet.ServiceDefaults.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Agrovet.ServiceDefaults.Auth;

internal static class AuthenticationDefaults
{
    public static IServiceCollection AddAgrovetAuthentication(this IServiceCollection services)
    {
        services.TryAddSingleton<InternalServiceUrls>();
        services.AddHttpClient<JwksSigningKeyProvider>(c => c.Timeout = TimeSpan.FromSeconds(5));
        services.TryAddSingleton<ISigningKeyProvider>(sp => sp.GetRequiredService<JwksSigningKeyProvider>());
        services.TryAddSingleton<AccessTokenRevocations>();
        services.TryAddSingleton<IAccessTokenDenylist, RedisAccessTokenDenylist>();
        services.AddHostedService<AccessTokenRevocationSubscriber>();
        services.TryAddSingleton<ValidatedTokenCache>();
        services.TryAddSingleton<SocketTickets>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureJwtBearer>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        return services;
    }

    private sealed class ConfigureJwtBearer(ISigningKeyProvider keys, ValidatedTokenCache cache, TimeProvider time) : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(string? name, JwtBearerOptions options)
        {
            if (name != JwtBearerDefaults.AuthenticationScheme)
            {
                return;
            }

            options.MapInboundClaims = false;
            options.TokenHandlers.Clear();
            options.TokenHandlers.Add(new CachingJsonWebTokenHandler(cache, time) { MapInboundClaims = false });
            options.RequireHttpsMetadata = false;
            // Nothing reads the token back from the authentication properties, and a WebSocket request keeps them (and a
            // copy of its token) for the connection's whole life.
            options.SaveToken = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = AgrovetClaims.Issuer,
                ValidAudience = AgrovetClaims.Audience,
                ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
                ValidateIssuerSigningKey = true,
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = AgrovetClaims.Username,
                RoleClaimType = AgrovetClaims.Role,
                IssuerSigningKeyResolver = (_, _, kid, _) => keys.GetSigningKeys(kid),
            };
            options.Events = new AgrovetJwtBearerEvents();
        }

        public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
    }
}
