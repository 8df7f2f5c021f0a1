using Agrovet.ServiceDefaults.Auth;
using Agrovet.ServiceDefaults.Configuration;
using Agrovet.ServiceDefaults.Health;
using Agrovet.ServiceDefaults.Hosting;
using Agrovet.ServiceDefaults.Http;
using Agrovet.ServiceDefaults.Json;
using Agrovet.ServiceDefaults.Kestrel;
using Agrovet.ServiceDefaults.Localization;
using Agrovet.ServiceDefaults.OpenApi;
using Agrovet.ServiceDefaults.Problems;
using Agrovet.ServiceDefaults.Redis;
using Agrovet.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Agrovet.ServiceDefaults;

/// <summary>What every Agrovet service shares. Program.cs calls <see cref="AddServiceDefaults"/> and <see cref="MapDefaultEndpoints"/>.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// Bodies over this many bytes are refused with 413 unless an endpoint says otherwise; a service's entry in
    /// <see cref="ServiceCatalog"/> (<see cref="ServiceDefinition.MaxRequestBodyBytes"/>) or <c>Agrovet:MaxRequestBodyBytes</c> sets its own.
    /// </summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        var serviceName = ServiceIdentity.NameOf(builder.Environment);
        var maxBody = builder.Configuration.GetValue<long?>("Agrovet:MaxRequestBodyBytes")
            ?? ServiceCatalog.Find(serviceName)?.MaxRequestBodyBytes
            ?? DefaultMaxRequestBodyBytes;

        builder.Services.AddSingleton<KestrelRejectionProblems>();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = maxBody;
            // Requests Kestrel refuses itself (malformed, over its limits) answer problem+json too. Endpoint defaults
            // apply to every endpoint, those from ASPNETCORE_URLS included; nothing else may set them.
            k.ConfigureEndpointDefaults(listen => listen.Use(listen.ApplicationServices.GetRequiredService<KestrelRejectionProblems>().Wrap));
        });
        builder.Services.ConfigureHttpJsonOptions(o => JsonDefaults.Apply(o.SerializerOptions));
        builder.Services.AddAgrovetLocalization();
        builder.Services.AddAgrovetProblemDetails();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<InternalServiceUrls>();
        builder.Services.AddAgrovetRedis(builder.Configuration);
        builder.Services.AddAgrovetAuthentication();
        // Tokens are JWTs and nothing is cookie-protected, so no data-protection keys need to live on disk.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthEndpoints.ReadyTag]);
        builder.Services.AddSingleton<LiveHealthResponder>();
        builder.Services.AddAgrovetOpenApi(serviceName);
        builder.Services.AddHostedService<ParentProcessWatchdog>();
        // X-Forwarded-* are believed from loopback (the local gateway) and from Agrovet:TrustedProxyNetworks (e.g. the
        // container network's CIDR), so per-address limits see the client, not the gateway.
        var trustedNetworks = builder.Configuration.GetSection("Agrovet:TrustedProxyNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var network in trustedNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.AddSingleton(new RequestBodyLimit(maxBody));
        builder.AddAgrovetTelemetry(serviceName);
        return builder;
    }

    /// <summary>
    /// The shared pipeline (the answer's language from Accept-Language, errors as problem+json, forwarded headers, correlation id, body limit, no NUL in query or
    /// route values and no control characters in headers, authentication)
    /// and the shared endpoints: <c>/health/</c>, <c>/health/ready</c>, <c>/metrics</c>, <c>/openapi/v1.json</c>, <c>/docs</c>.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        var serviceName = ServiceIdentity.NameOf(app.Environment);
        // First, so that everything after it, error handlers included, answers in the request's language.
        app.UseAgrovetLocalization();
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseMiddleware<EmptyErrorResponseMiddleware>();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>(app.Services.GetRequiredService<RequestBodyLimit>().Bytes);
        app.UseMiddleware<RequestTextMiddleware>();
        app.UseMiddleware<JsonCharsetMiddleware>();
        // Authentication only for requests with a credential, authorization only for endpoints that ask for it. The
        // two keys are those UseAuthentication/UseAuthorization set: without them WebApplication adds its own copies.
        app.UseMiddleware<CredentialedAuthenticationMiddleware>();
        app.UseMiddleware<EndpointAuthorizationMiddleware>();
        var properties = ((IApplicationBuilder)app).Properties;
        properties["__AuthenticationMiddlewareSet"] = true;
        properties["__AuthorizationMiddlewareSet"] = true;

        app.MapAgrovetHealth();
        app.MapAgrovetMetrics();
        app.MapAgrovetOpenApi(serviceName);
        return app;
    }

    private sealed record RequestBodyLimit(long Bytes);
}
